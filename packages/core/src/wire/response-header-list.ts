import { RESPONSE_CONTENT_TYPE_SLOT, RESPONSE_HEADERS_SLOT } from '../exceptions/brand.js';
import type { HttpResponse } from '../responses/http-response.js';
import { type HeaderList, headerList } from './framing.js';

/**
 * The `Headers` of a response if they exist, else `undefined`: a response made without headers of its own
 * keeps only a content type until `headers` is read. A response from a copy of httpwire without lazy headers
 * has its `Headers` as a plain property.
 */
function existingHeaders(response: HttpResponse): Headers | undefined {
  if (RESPONSE_HEADERS_SLOT in response) return response[RESPONSE_HEADERS_SLOT];
  return (response as { headers: Headers }).headers;
}

/**
 * `headerList(response.headers, drop)` without creating the response's `Headers` when it has none yet.
 *
 * @example
 * ```ts
 * responseHeaderList(HttpResponse.json({ id: 1 })); // [['content-type', 'application/json']]
 * ```
 */
export function responseHeaderList(response: HttpResponse, drop?: ReadonlySet<string>): HeaderList {
  const headers = existingHeaders(response);
  if (headers !== undefined) return headerList(headers, drop);
  const type = response[RESPONSE_CONTENT_TYPE_SLOT];
  return type === undefined || drop?.has('content-type') ? [] : [['content-type', type]];
}

/**
 * `response.headers.get('content-type')` without creating the response's `Headers` when it has none yet.
 *
 * @example
 * ```ts
 * responseContentType(HttpResponse.text('hi')); // 'text/plain; charset=utf-8'
 * ```
 */
export function responseContentType(response: HttpResponse): string | null {
  const headers = existingHeaders(response);
  if (headers !== undefined) return headers.get('content-type');
  return response[RESPONSE_CONTENT_TYPE_SLOT] ?? null;
}
