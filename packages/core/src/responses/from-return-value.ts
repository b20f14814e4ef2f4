import { isHttpException } from '../exceptions/http-exception.js';
import { HttpResponse, isHttpResponse } from './http-response.js';

/**
 * Options of {@link fromReturnValue}.
 *
 * @example
 * ```ts
 * fromReturnValue(created, { status: 201 });
 * ```
 */
export interface ReturnValueOptions {
  /**
   * The status of the response made for a plain value (a framework's default, such as Nest's
   * `@HttpCode()`). Default: 200, and 204 for `undefined`. An `HttpResponse` keeps its own.
   */
  status?: number | undefined;
}

/**
 * Turns what a handler *returned* into an outcome for `toWire` (thrown values go to `toWire` directly):
 * - an `HttpResponse`, an `HttpException` or an `Error` is kept as it is;
 * - `undefined` (nothing) is an empty 204 (or an empty response with `options.status`);
 * - a string is `text/plain; charset=utf-8`;
 * - a `Uint8Array` or `ArrayBuffer` is `application/octet-stream`;
 * - anything else (including `null`) is JSON.
 *
 * @example
 * ```ts
 * toWire(fromReturnValue({ id: '1', name: 'Ada' }), request); // 200 application/json
 * toWire(fromReturnValue(undefined), request); // 204
 * ```
 */
export function fromReturnValue(value: unknown, options?: ReturnValueOptions): unknown {
  if (isHttpResponse(value) || isHttpException(value) || value instanceof Error) return value;
  const status = options?.status;
  if (value === undefined) return status === undefined ? HttpResponse.noContent() : new HttpResponse(status);
  const factoryOptions = { status };
  if (typeof value === 'string') return HttpResponse.text(value, factoryOptions);
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) return HttpResponse.binary(value, factoryOptions);
  return HttpResponse.json(value, factoryOptions);
}
