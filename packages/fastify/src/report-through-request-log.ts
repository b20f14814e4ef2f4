import type { ErrorContext } from '@httpwire/core';
import { frameworkRequestOf } from '@httpwire/node';
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';

/**
 * The default `onError`: the request's own logger (`request.log.error`, with its request id), as Fastify's
 * default error handler logs a 5xx; the app's logger for errors no request is known for. Silent when the app
 * has no logger.
 */
export function reportThroughRequestLog(appLog: FastifyBaseLogger): (error: unknown, context: ErrorContext) => void {
  return (error, { request }) => {
    const log = frameworkRequestOf<FastifyRequest>(request)?.log ?? appLog;
    log.error({ err: error }, messageOf(error));
  };
}

function messageOf(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'an error that cannot be described';
  }
}
