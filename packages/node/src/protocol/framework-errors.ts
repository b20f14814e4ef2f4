import type { ToWireOptions } from '@httpwire/core';
import type { FastifyReplyLike } from '../write/fastify-reply-like.js';
import { sendOutcome } from '../write/send-outcome.js';

/**
 * A `frameworkErrors` handler for the Fastify factory (and Nest's `FastifyAdapter`). Fastify answers some
 * requests before any plugin runs (a path that is not valid percent-encoding: `FST_ERR_BAD_URL`); this sends
 * those through httpwire too. Plugins cannot set it, so pass it where you create the app.
 *
 * @example
 * ```ts
 * const app = Fastify({ frameworkErrors: httpwireFrameworkErrors({ onError }) });
 * ```
 */
export function httpwireFrameworkErrors(
  options: ToWireOptions = {},
): (error: Error, request: unknown, reply: unknown) => void {
  return (error, _request, reply) => {
    sendOutcome(reply as FastifyReplyLike, error, options);
  };
}
