import { appendHeaders, formatRetryAfter, setHeader } from '../headers/header-init.js';
import { HttpResponse } from '../responses/http-response.js';
import { assertFinalStatus, isStatusInRange } from '../status/status-range.js';
import { exceptionClassFor } from './exception-registry.js';
import { HttpException, type HttpExceptionOptions } from './http-exception.js';

/**
 * Options of {@link abort}: an exception's options, without `status` (the first argument gives it).
 *
 * @example
 * ```ts
 * abort(401, 'Log in first', { challenge: 'Bearer' });
 * ```
 */
export type AbortOptions = Omit<HttpExceptionOptions, 'status'>;

/**
 * Stops the handler with `status`, like Flask's `abort()`.
 * - 4xx and 5xx throw the named exception (`abort(404)` throws a `NotFoundException`), or an
 *   `HttpException` for codes the registry doesn't name.
 * - 2xx and 3xx throw an `HttpResponse` with that status; `message` becomes a text body, except on
 *   204, 205 and 304, which never carry one. `abort(204)` is an empty 204.
 * - Anything that is not an integer from 200 to 599 throws a `TypeError`.
 *
 * @example
 * ```ts
 * if (!entity) abort(404, `No entity with the id "${id}" exists.`);
 * if (results.length === 0) abort(204);
 * abort(302, undefined, { location: '/login' });
 * ```
 */
export function abort(status: number, message?: string, options?: AbortOptions): never {
  if (isStatusInRange(status, 400, 599)) {
    const Named = exceptionClassFor(status);
    throw Named === undefined ? new HttpException(message, { ...options, status }) : new Named(message, options);
  }
  assertFinalStatus(status, 'abort');
  const bodyless = status === 204 || status === 205 || status === 304;
  const response = new HttpResponse(status, bodyless ? null : message, options?.headers);
  if (options?.location !== undefined) setHeader(response.headers, 'location', options.location);
  if (options?.retryAfter !== undefined)
    appendHeaders(response.headers, { 'retry-after': formatRetryAfter(options.retryAfter) });
  throw response;
}
