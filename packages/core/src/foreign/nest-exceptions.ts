import { type HttpException, isHttpException } from '../exceptions/http-exception.js';
import { isStatusInRange } from '../status/status-range.js';
import { callSafely, createException, type Shape, stringOr } from './foreign-shape.js';
import { requestRejectionOf } from './request-rejection-of.js';

/** The members Nest puts in the body it builds from a message: the status, its phrase and the message. */
const NEST_BODY_MEMBERS = new Set(['statusCode', 'message', 'error']);

/** Whether an error has NestJS's `HttpException` shape (`getStatus()` and `getResponse()`). */
export function isNestException(error: Shape): boolean {
  return typeof error.getStatus === 'function' && typeof error.getResponse === 'function';
}

/**
 * A NestJS `HttpException`, read through `getStatus()` and `getResponse()`:
 * - a string response, or the `message` of the body Nest builds, is the detail;
 * - a message array (as `ValidationPipe` sends) becomes `details`;
 * - any other member the app put in an object response (`new ForbiddenException({ reason: 'quota' })`) is
 *   kept in `details`; Nest's own `statusCode` and `error` are not, as `status` and `title` carry them.
 */
export function fromNestException(error: Shape): HttpException | undefined {
  // Nest 11+ wraps the request rejections of body-parser and Fastify (and an httpwire exception thrown
  // from a body-parser `verify`) in its own HttpException, with the original as `cause` and the
  // parser's message as its own; the original decides.
  if (isHttpException(error.cause)) return error.cause;
  const rejection = requestRejectionOf(error.cause);
  if (rejection !== undefined) return rejection;
  const status = callSafely(error.getStatus, error);
  if (!isStatusInRange(status, 400, 599)) return undefined;
  const response = callSafely(error.getResponse, error);
  if (typeof response === 'string') return createException(status, response, { cause: error });
  if (typeof response !== 'object' || response === null || Array.isArray(response)) {
    return createException(status, stringOr(error.message), { cause: error });
  }
  const body = response as Shape;
  if (Array.isArray(body.message)) {
    return createException(status, 'The request is invalid.', { details: body.message.map(String), cause: error });
  }
  const own = Object.entries(body).filter(([name]) => !NEST_BODY_MEMBERS.has(name));
  const details = own.length === 0 ? undefined : Object.fromEntries(own);
  return createException(status, stringOr(body.message), { details, cause: error });
}
