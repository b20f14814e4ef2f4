import type { HttpException } from '../exceptions/http-exception.js';
import { isStatusInRange } from '../status/status-range.js';
import { createException, type Shape } from './foreign-shape.js';
import { requestRejection } from './request-rejections.js';

/** Headers of an `HTTPException`'s own response that describe its body, which the problem replaces. */
const BODY_HEADERS = new Set(['content-type', 'content-length', 'content-encoding']);

/** Whether an error has Hono's `HTTPException` shape: a numeric `status` and `getResponse()`, and no `getStatus()`. */
export function isHonoException(error: Shape): boolean {
  return (
    typeof error.getResponse === 'function' && typeof error.getStatus !== 'function' && typeof error.status === 'number'
  );
}

/**
 * A Hono `HTTPException`: its status, its message (which Hono itself sends as the body, so it is meant for the
 * client; hidden from 500 up, as every message is), and the headers of its `res` but those of the body
 * (`basicAuth`'s `www-authenticate`). Hono's own rejections of a body become httpwire's: the validator's
 * "Malformed JSON in request body" an invalid-JSON 400, `bodyLimit`'s bare 413 a body-too-large one.
 */
export function fromHonoException(error: Shape): HttpException | undefined {
  const status = error.status;
  if (!isStatusInRange(status, 400, 599)) return undefined;
  const message = typeof error.message === 'string' && error.message !== '' ? error.message : undefined;
  if (status === 400 && message === 'Malformed JSON in request body') return requestRejection('invalid-json');
  if (status === 413 && message === undefined) return requestRejection('body-too-large');
  const headers: Record<string, string> = {};
  const own = (error.res as { headers?: unknown } | undefined)?.headers;
  if (own instanceof Headers) {
    own.forEach((value, name) => {
      if (!BODY_HEADERS.has(name)) headers[name] = value;
    });
  }
  return createException(status, message, { headers, cause: error });
}
