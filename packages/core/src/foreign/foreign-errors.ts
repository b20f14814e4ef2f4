import { exceptionClassFor } from '../exceptions/exception-registry.js';
import { HttpException, isHttpException } from '../exceptions/http-exception.js';
import type { HeadersInput } from '../headers/header-init.js';
import { isStatusInRange } from '../status/status-range.js';
import { type RequestRejection, requestRejection } from './request-rejections.js';

type Shape = Record<string, unknown>;

/** body-parser's `type` for each rejection it makes of a request body. */
const BODY_PARSER_TYPES: Readonly<Record<string, RequestRejection>> = {
  'entity.parse.failed': 'invalid-json',
  'entity.too.large': 'body-too-large',
  'encoding.unsupported': 'unsupported-encoding',
  'charset.unsupported': 'unsupported-encoding',
  'request.size.invalid': 'body-length-mismatch',
  'request.aborted': 'body-length-mismatch',
};

/** Fastify's codes for the same rejections. */
const FASTIFY_CODES: Readonly<Record<string, RequestRejection>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid-json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'empty-json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'body-too-large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported-media-type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'body-length-mismatch',
  FST_ERR_BAD_URL: 'invalid-path-encoding',
};

/**
 * Recognises the HTTP errors of other libraries by shape (never by class, so any version works) and
 * turns them into httpwire exceptions, or returns `undefined` for anything else:
 * - `@hapi/boom` (`isBoom`, `output.statusCode`, `output.headers`);
 * - NestJS `HttpException` (`getStatus()`, `getResponse()`; a message array, as `ValidationPipe` sends,
 *   becomes `details`);
 * - body-parser (`type: 'entity.parse.failed'`, …) and Fastify (`FST_*` codes, schema `validation`) errors,
 *   with httpwire's own detail text, and a body the client abandoned (Node's `aborted`);
 * - Express's undecodable path parameters (`URIError` with `status: 400`);
 * - `http-errors` (`status` or `statusCode`, boolean `expose`, `headers`).
 *
 * Only `Error`s are recognised (from any realm): a thrown plain object is junk, whatever `status` or
 * `expose` it claims, so its message never reaches the client. The original error is kept as `cause`.
 * An error with a `status` but no boolean `expose` (an HTTP client's error about *another* server, for
 * instance) is not taken for one of ours.
 *
 * @example
 * fromForeignError(createError(404, 'No such user'))?.status; // 404
 * fromForeignError(new Error('x')); // undefined
 */
export function fromForeignError(thrown: unknown): HttpException | undefined {
  if (!isError(thrown)) return undefined;
  const error = thrown as unknown as Shape;
  if (error.isBoom === true) return fromBoom(error);
  if (typeof error.getStatus === 'function' && typeof error.getResponse === 'function') return fromNest(error);
  if (typeof error.code === 'string' && error.code.startsWith('FST_')) return fromFastify(error);
  const rejection = requestRejectionOf(thrown);
  if (rejection !== undefined) return rejection;
  if (typeof error.expose === 'boolean') return fromHttpErrors(error);
  return undefined;
}

/** A body-parser, Fastify or Express rejection of the request itself, or `undefined`. */
function requestRejectionOf(thrown: unknown): HttpException | undefined {
  if (!isError(thrown)) return undefined;
  const error = thrown as unknown as Shape;
  if (typeof error.code === 'string' && error.code in FASTIFY_CODES) {
    return withCause(requestRejection(FASTIFY_CODES[error.code] as RequestRejection), thrown);
  }
  if (typeof error.type === 'string' && error.type in BODY_PARSER_TYPES) {
    return withCause(requestRejection(BODY_PARSER_TYPES[error.type] as RequestRejection), thrown);
  }
  // The client hung up mid-body (Node's own error, which Fastify passes on): fewer bytes than announced.
  if (error.code === 'ECONNRESET' && error.message === 'aborted') {
    return withCause(requestRejection('body-length-mismatch'), thrown);
  }
  if (thrown instanceof URIError && statusOf(error) === 400) {
    return withCause(requestRejection('invalid-path-encoding'), thrown);
  }
  return undefined;
}

function fromBoom(error: Shape): HttpException | undefined {
  const output = error.output as Shape | undefined;
  const status = output?.statusCode;
  if (!isStatusInRange(status, 400, 599)) return undefined;
  return create(status, stringOr(error.message), { headers: output?.headers, cause: error });
}

function fromNest(error: Shape): HttpException | undefined {
  // Nest 11+ wraps the request rejections of body-parser and Fastify (and an httpwire exception thrown
  // from a body-parser `verify`) in its own HttpException, with the original as `cause` and the
  // parser's message as its own; the original decides.
  if (isHttpException(error.cause)) return error.cause;
  const rejection = requestRejectionOf(error.cause);
  if (rejection !== undefined) return rejection;
  const status = callSafely(error.getStatus, error);
  if (!isStatusInRange(status, 400, 599)) return undefined;
  const response = callSafely(error.getResponse, error) as Shape | string | undefined;
  const messages = typeof response === 'object' && response !== null ? response.message : undefined;
  if (Array.isArray(messages)) {
    return create(status, 'The request is invalid.', { details: messages.map(String), cause: error });
  }
  const message = typeof response === 'string' ? response : typeof messages === 'string' ? messages : error.message;
  return create(status, stringOr(message), { cause: error });
}

function fromFastify(error: Shape): HttpException | undefined {
  const code = error.code as string;
  if (Array.isArray(error.validation)) {
    return create(400, 'The request is invalid.', { details: fieldErrors(error.validation), cause: error });
  }
  const rejection = FASTIFY_CODES[code];
  if (rejection !== undefined) return withCause(requestRejection(rejection), error);
  const status = statusOf(error);
  // Other Fastify errors keep their status; their own wording stays out of the wire.
  return isStatusInRange(status, 400, 599) ? create(status, undefined, { cause: error }) : undefined;
}

function fromHttpErrors(error: Shape): HttpException | undefined {
  const status = statusOf(error);
  if (!isStatusInRange(status, 400, 599)) return undefined;
  return create(status, stringOr(error.message), {
    expose: error.expose === true,
    headers: error.headers,
    cause: error,
  });
}

/** Ajv errors (as Fastify's schema validation reports them) → `{ path, message }` with JSON Pointer paths. */
function fieldErrors(validation: unknown[]): { path: string; message: string }[] {
  return validation.map((item) => {
    const entry = (item ?? {}) as Shape;
    const params = (entry.params ?? {}) as Shape;
    const base = typeof entry.instancePath === 'string' ? entry.instancePath : '';
    const missing = typeof params.missingProperty === 'string' ? `/${escapePointer(params.missingProperty)}` : '';
    return { path: base + missing, message: typeof entry.message === 'string' ? entry.message : 'is invalid' };
  });
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function create(
  status: number,
  message: string | undefined,
  options: { headers?: unknown; details?: unknown; expose?: boolean; cause: unknown },
): HttpException {
  const Named = exceptionClassFor(status);
  const base = {
    cause: options.cause,
    details: options.details,
    expose: options.expose,
    headers: safeHeaders(options.headers),
  };
  return Named === undefined ? new HttpException(message, { ...base, status }) : new Named(message, base);
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

function withCause(exception: HttpException, cause: unknown): HttpException {
  Object.defineProperty(exception, 'cause', { value: cause, configurable: true, writable: true });
  return exception;
}

/** An `Error` of this realm or another (its internal slot makes `toString` say so). */
function isError(value: unknown): value is Error {
  return value instanceof Error || Object.prototype.toString.call(value) === '[object Error]';
}

function statusOf(error: Shape): unknown {
  return typeof error.status === 'number' ? error.status : error.statusCode;
}

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function callSafely(method: unknown, self: Shape): unknown {
  try {
    return (method as (this: Shape) => unknown).call(self);
  } catch {
    return undefined;
  }
}
