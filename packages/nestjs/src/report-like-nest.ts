import { type ErrorContext, loggableError } from '@httpwire/core';
import { Logger } from '@nestjs/common';

/** Nest's own `BaseExceptionFilter` logs through this logger, by this name. */
const logger = new Logger('ExceptionsHandler');

/**
 * The default `onError`: what Nest's `BaseExceptionFilter` does with an error it answers, through Nest's
 * `Logger` (so `logger: false`, a custom logger and log levels apply). An upstream's message is escaped (see
 * `loggableError`).
 */
export function reportLikeNest(thrown: unknown, _context: ErrorContext): void {
  const error = loggableError(thrown);
  if (error instanceof Error) logger.error(error.message, error.stack);
  else logger.error(error);
}
