import type { HttpException } from '../exceptions/http-exception.js';
import { isStatusInRange } from '../status/status-range.js';
import { issuesFromAjv } from '../validation/ajv-issues.js';
import { ValidationException } from '../validation/validation-exception.js';
import { createException, isError, type Shape, statusOf, stringOr } from './foreign-shape.js';
import { fromHonoException, isHonoException } from './hono-exceptions.js';
import { fromNestException, isNestException } from './nest-exceptions.js';
import { FASTIFY_REJECTION_CODES, requestRejectionOf } from './request-rejection-of.js';
import { fromUpstreamClientError, isUpstreamClientError } from './upstream-client-errors.js';

/**
 * Recognises the HTTP errors of other libraries by shape (never by class, so any version works) and
 * turns them into httpwire exceptions, or returns `undefined` for anything else:
 * - `@hapi/boom` (`isBoom`, `output.statusCode`, `output.headers`);
 * - NestJS `HttpException` (`getStatus()`, `getResponse()`): a message array, as `ValidationPipe` sends, and
 *   the app's own members of an object response become `details`;
 * - Hono's `HTTPException` (`status`, `getResponse()`): its message is exposed below 500, as Hono sends it, and
 *   the headers of its `res` are kept (`basicAuth`'s `www-authenticate`);
 * - body-parser (`type: 'entity.parse.failed'`, …) and Fastify (`FST_*` codes) errors, with httpwire's own
 *   detail text, and a body the client abandoned (Node's `aborted`);
 * - Fastify's schema validation (Ajv's errors in `validation`): a `ValidationException`, a 422 with `errors`;
 * - multer's `MulterError`: a 413 for a file over the size limit, a 400 for its other limits;
 * - Express's undecodable path parameters (`URIError` with `status: 400`);
 * - an HTTP client's error about another server (axios, got, ky, ofetch, undici): a `502 Bad Gateway`,
 *   whatever that server answered, so that its 404 is never passed off as this request's;
 * - any other error with a numeric `status` or `statusCode` from 400 to 599 (http-errors, rate limiters,
 *   `reply.code(404).send(err)`), as Express and Fastify read it: it keeps that status and its `headers`
 *   (such as `retry-after`); its message reaches the client only when `expose === true`.
 *
 * Only `Error`s are recognised (from any realm): a thrown plain object is junk, whatever `status` or
 * `expose` it claims, so its message never reaches the client. The original error is kept as `cause`.
 *
 * @example
 * ```ts
 * fromForeignError(createError(404, 'No such user'))?.status; // 404
 * fromForeignError(Object.assign(new Error('limit'), { statusCode: 429 }))?.status; // 429, message hidden
 * fromForeignError(new Error('x')); // undefined
 * ```
 */
export function fromForeignError(thrown: unknown): HttpException | undefined {
  if (!isError(thrown)) return undefined;
  const error = thrown as unknown as Shape;
  if (error.isBoom === true) return fromBoom(error);
  if (isNestException(error)) return fromNestException(error);
  if (isHonoException(error)) return fromHonoException(error);
  if (typeof error.code === 'string' && error.code.startsWith('FST_')) return fromFastify(error);
  const rejection = requestRejectionOf(thrown);
  if (rejection !== undefined) return rejection;
  if (isUpstreamClientError(error)) return fromUpstreamClientError(error);
  return fromStatusCarrier(error);
}

function fromBoom(error: Shape): HttpException | undefined {
  const output = error.output as Shape | undefined;
  const status = output?.statusCode;
  if (!isStatusInRange(status, 400, 599)) return undefined;
  return createException(status, stringOr(error.message), { headers: output?.headers, cause: error });
}

function fromFastify(error: Shape): HttpException | undefined {
  const code = error.code as string;
  if (Array.isArray(error.validation)) {
    return new ValidationException(issuesFromAjv(error.validation, error.validationContext), { cause: error });
  }
  if (FASTIFY_REJECTION_CODES[code] !== undefined) return requestRejectionOf(error);
  // Other Fastify errors keep their status and headers; they carry no `expose`, so their wording stays out.
  return fromStatusCarrier(error);
}

/** An error that carries its status: http-errors, rate limiters, `reply.code(404).send(err)`. */
function fromStatusCarrier(error: Shape): HttpException | undefined {
  const status = statusOf(error);
  if (!isStatusInRange(status, 400, 599)) return undefined;
  return createException(status, stringOr(error.message), {
    expose: error.expose === true,
    headers: error.headers,
    cause: error,
  });
}
