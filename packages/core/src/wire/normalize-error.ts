import { exceptionClassFor } from '../exceptions/exception-registry.js';
import { HttpException, isHttpException } from '../exceptions/http-exception.js';
import { BadGatewayException } from '../exceptions/server-error-exceptions.js';
import { fromForeignError } from '../foreign/foreign-errors.js';
import { isFromUpstream } from '../foreign/upstream-mark.js';
import { isStatusInRange } from '../status/status-range.js';

/**
 * Turns anything thrown into an `HttpException`. httpwire exceptions (from any copy of the package)
 * pass through, except those read from another service's response (`markUpstream`), which are a 502; the HTTP
 * errors of other libraries are recognised by shape (see `fromForeignError`);
 * anything else becomes an unexposed error whose `cause` is the thrown value, so its message never
 * reaches the client: a 500, or `fallbackStatus` when it is from 400 to 599 (the status the app had
 * already given the response, which Express and Fastify keep for an error without one of its own).
 *
 * @example
 * ```ts
 * normalizeError(new Error('secret')).status; // 500, and `expose` is false
 * normalizeError(new Error('secret'), 404).status; // 404, and `expose` is false
 * normalizeError(new NotFoundException()).status; // 404
 * ```
 */
export function normalizeError(thrown: unknown, fallbackStatus?: number): HttpException {
  if (isHttpException(thrown)) return isFromUpstream(thrown) ? upstreamFailure(thrown) : thrown;
  const foreign = withoutStack(() => fromForeignError(thrown));
  if (foreign !== undefined) return foreign;
  const status = isStatusInRange(fallbackStatus, 400, 599) ? fallbackStatus : 500;
  const Named = exceptionClassFor(status) ?? HttpException;
  return withoutStack(() => new Named(messageOf(thrown), { status, cause: thrown, expose: false }));
}

/** An exception read from another service's response, thrown on: that service failed this request, a 502. */
function upstreamFailure(thrown: HttpException): HttpException {
  return withoutStack(() => new BadGatewayException(undefined, { cause: thrown, expose: false }));
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
