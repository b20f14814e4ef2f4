import { exceptionClassFor } from '../exceptions/exception-registry.js';
import { HttpException } from '../exceptions/http-exception.js';
import type { HeadersInput } from '../headers/header-init.js';

/** A foreign error read as a bag of properties: it is recognised by shape, never by class. */
export type Shape = Record<string, unknown>;

/** What {@link createException} takes from a foreign error. */
export interface ForeignParts {
  headers?: unknown;
  details?: unknown;
  expose?: boolean | undefined;
  cause: unknown;
}

/** httpwire's exception for a foreign error: the named class for `status` where there is one. */
export function createException(status: number, message: string | undefined, parts: ForeignParts): HttpException {
  const Named = exceptionClassFor(status);
  const options = {
    cause: parts.cause,
    details: parts.details,
    expose: parts.expose,
    headers: safeHeaders(parts.headers),
  };
  return Named === undefined ? new HttpException(message, { ...options, status }) : new Named(message, options);
}

/** Keeps a foreign error's headers that are valid; one bad header must not turn a 404 into a crash. */
function safeHeaders(headers: unknown): HeadersInput | undefined {
  if (typeof headers !== 'object' || headers === null) return undefined;
  const valid = new Headers();
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    try {
      valid.append(name, String(value));
    } catch {
      // Dropped: a name or value that cannot be sent safely.
    }
  }
  return valid;
}

/** Sets `cause` on an exception made by a factory that takes none. */
export function withCause(exception: HttpException, cause: unknown): HttpException {
  Object.defineProperty(exception, 'cause', { value: cause, configurable: true, writable: true });
  return exception;
}

/** An `Error` of this realm or another (its internal slot makes `toString` say so). */
export function isError(value: unknown): value is Error {
  return value instanceof Error || Object.prototype.toString.call(value) === '[object Error]';
}

/** The status an error carries, as http-errors, Express and Fastify read it: `status`, else `statusCode`. */
export function statusOf(error: Shape): unknown {
  return typeof error.status === 'number' ? error.status : error.statusCode;
}

export function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function callSafely(method: unknown, self: Shape): unknown {
  try {
    return (method as (this: Shape) => unknown).call(self);
  } catch {
    return undefined;
  }
}
