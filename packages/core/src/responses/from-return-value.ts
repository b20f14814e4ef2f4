import { isHttpException } from '../exceptions/http-exception.js';
import { HttpResponse, isHttpResponse } from './http-response.js';

/**
 * Turns what a handler *returned* into an outcome for `toWire` (thrown values go to `toWire` directly):
 * - an `HttpResponse`, an `HttpException` or an `Error` is kept as it is;
 * - `undefined` (nothing) is an empty 204;
 * - a string is `text/plain; charset=utf-8`;
 * - a `Uint8Array` or `ArrayBuffer` is `application/octet-stream`;
 * - anything else (including `null`) is JSON.
 *
 * @example
 * toWire(fromReturnValue({ id: '1', name: 'Ada' }), request); // 200 application/json
 * toWire(fromReturnValue(undefined), request); // 204
 */
export function fromReturnValue(value: unknown): unknown {
  if (value === undefined) return HttpResponse.noContent();
  if (isHttpResponse(value) || isHttpException(value) || value instanceof Error) return value;
  if (typeof value === 'string') return HttpResponse.text(value);
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) return HttpResponse.binary(value);
  return HttpResponse.json(value);
}
