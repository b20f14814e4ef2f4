import { HttpException, isHttpException } from '../exceptions/http-exception.js';
import { InternalServerErrorException } from '../exceptions/server-error-exceptions.js';
import { fromForeignError } from '../foreign/foreign-errors.js';

/**
 * Turns anything thrown into an `HttpException`. httpwire exceptions (from any copy of the package)
 * pass through; the HTTP errors of other libraries are recognised by shape (see `fromForeignError`);
 * anything else becomes an unexposed 500 whose `cause` is the thrown value, so its message never
 * reaches the client.
 *
 * @example
 * normalizeError(new Error('secret')).status; // 500, and `expose` is false
 * normalizeError(new NotFoundException()).status; // 404
 */
export function normalizeError(thrown: unknown): HttpException {
  if (isHttpException(thrown)) return thrown;
  const foreign = withoutStack(() => fromForeignError(thrown));
  if (foreign !== undefined) return foreign;
  return withoutStack(() => new InternalServerErrorException(messageOf(thrown), { cause: thrown, expose: false }));
}

function messageOf(thrown: unknown): string | undefined {
  try {
    if (thrown instanceof Error) return thrown.message;
    if (typeof thrown === 'string') return thrown;
  } catch {
    // A hostile `message` getter leaves the default message.
  }
  return undefined;
}

// The thrown value keeps its own stack; the wrapper's would only point here.
function withoutStack<T>(create: () => T): T {
  const policy = HttpException.captureStack;
  HttpException.captureStack = 'never';
  try {
    return create();
  } finally {
    HttpException.captureStack = policy;
  }
}
