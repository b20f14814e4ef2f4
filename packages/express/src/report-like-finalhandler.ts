import { type ErrorContext, loggableError } from '@httpwire/core';
import { frameworkRequestOf } from '@httpwire/node';
import type { Request } from 'express';

/**
 * The default `onError`: what Express's own final handler does with an error it answers, `console.error`
 * of the stack, except when the app's `env` is `test`. An upstream's message is escaped (see `loggableError`).
 */
export function reportLikeFinalhandler(error: unknown, { request }: ErrorContext): void {
  if (frameworkRequestOf<Request>(request)?.app?.get('env') === 'test') return;
  console.error(stackOf(loggableError(error)));
}

function stackOf(error: unknown): string {
  try {
    if (error instanceof Error && typeof error.stack === 'string') return error.stack;
    return String(error);
  } catch {
    return Object.prototype.toString.call(error);
  }
}
