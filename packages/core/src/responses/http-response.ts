import { HTTP_RESPONSE_BRAND, RESPONSE_CONTENT_TYPE_SLOT, RESPONSE_HEADERS_SLOT } from '../exceptions/brand.js';
import { type HeadersInput, setHeader, toHeaders } from '../headers/header-init.js';
import { assertFinalStatus } from '../status/status-range.js';
import {
  bodyFromInit,
  type HttpResponseBodyInit,
  isStreamSource,
  type ResponseBody,
  type StreamSource,
} from './response-body.js';

/**
 * Options every `HttpResponse` factory takes.
 *
 * @example
 * ```ts
 * HttpResponse.json({ id: '42' }, { status: 201, location: '/entities/42' });
 * ```
 */
export interface ResponseOptions {
  /** The status, an integer from 200 to 599. Default: 200 (302 for redirects, 204 for `noContent`). */
  status?: number | undefined;
  /** Extra headers; arrays and pairs repeat a header. */
  headers?: HeadersInput | undefined;
  /** `Location` value, for 201 and redirects. */
  location?: string | undefined;
}

/**
 * Options of the factories whose content type you choose.
 *
 * @example
 * ```ts
 * HttpResponse.text('<person/>', { contentType: 'text/xml' });
 * ```
 */
export interface ContentResponseOptions extends ResponseOptions {
  /** The `Content-Type`. Each factory documents its default. */
  contentType?: string | undefined;
}

const REDIRECT_STATUSES = new Set([300, 301, 302, 303, 307, 308]);

/**
 * An HTTP response a handler returns or throws: status, case-insensitive multi-valued headers and a body.
 * httpwire sends it as built (a thrown one too), adding only framing headers.
 *
 * @example
 * ```ts
 * // Direct construction, as in Dataiku's DkuCustomHttpResponse:
 * return new HttpResponse(200, 'Hello No Helper World', { 'Content-Type': 'text/plain' });
 * ```
 * @example
 * ```ts
 * const response = HttpResponse.text('Hello, World!');
 * response.headers.set('Machin', 'Truc');
 * response.headers.append('Set-Cookie', 'chocolate');
 * response.headers.append('Set-Cookie', 'pecan'); // two separate set-cookie lines
 * ```
 */
export class HttpResponse {
  /** The status, from 200 to 599. */
  declare readonly status: number;
  /** The body, serialized by `toWire`. */
  declare readonly body: ResponseBody;
  declare readonly [HTTP_RESPONSE_BRAND]: true;
  // A response made without headers of its own keeps only its content type until someone reads `headers`:
  // creating and then reading a `Headers` measured more than half the cost of a small JSON response on the wire.
  declare [RESPONSE_HEADERS_SLOT]: Headers | undefined;
  declare [RESPONSE_CONTENT_TYPE_SLOT]: string | undefined;

  /**
   * @param status - an integer from 200 to 599; anything else throws a `TypeError`.
   * @param body - text (default type `text/plain; charset=utf-8`), bytes (`application/octet-stream`) or nothing.
   * @param headers - headers; a `Content-Type` here replaces the default.
   */
  constructor(status: number, body?: HttpResponseBodyInit, headers?: HeadersInput) {
    assertFinalStatus(status, 'HttpResponse');
    this.status = status;
    this.body = bodyFromInit(body);
    const defaultType = this.body === null ? undefined : this.body.kind === 'text' ? TEXT_TYPE : BINARY_TYPE;
    this[RESPONSE_CONTENT_TYPE_SLOT] = defaultType;
    this[RESPONSE_HEADERS_SLOT] = undefined;
    if (headers !== undefined) {
      const own = toHeaders(headers);
      if (defaultType !== undefined && !own.has('content-type')) own.set('content-type', defaultType);
      this[RESPONSE_HEADERS_SLOT] = own;
    }
  }

  /** The headers: a WHATWG `Headers`, which rejects CR, LF and NUL in values. Created on first read. */
  get headers(): Headers {
    let headers = this[RESPONSE_HEADERS_SLOT];
    if (headers === undefined) {
      headers = new Headers();
      const type = this[RESPONSE_CONTENT_TYPE_SLOT];
      if (type !== undefined) headers.set('content-type', type);
      this[RESPONSE_HEADERS_SLOT] = headers;
    }
    return headers;
  }

  /**
   * A text response. Default type: `text/plain; charset=utf-8`.
   *
   * @example
   * ```ts
   * HttpResponse.text('Hello, World!');
   * HttpResponse.text('<person><name>John Doe</name><age>42</age></person>', { contentType: 'text/xml' });
   * ```
   */
  static text(text: string, options?: ContentResponseOptions): HttpResponse {
    if (typeof text !== 'string') throw new TypeError(`HttpResponse.text needs a string, got ${typeof text}`);
    return build({ kind: 'text', text }, TEXT_TYPE, 200, options);
  }

  /**
   * A JSON response (`application/json`). The value is serialized by `toWire`; one that can't be
   * (a cycle, a BigInt, a throwing `toJSON`) becomes a 500 problem and reaches `onError`.
   *
   * @example
   * ```ts
   * HttpResponse.json({ a: 'b', c: ['e', 42] });
   * ```
   */
  static json(value: unknown, options?: ContentResponseOptions): HttpResponse {
    return build({ kind: 'json', value }, JSON_TYPE, 200, options);
  }

  /**
   * A binary response. Default type: `application/octet-stream`.
   *
   * @example
   * ```ts
   * HttpResponse.binary(pngBytes, { contentType: 'image/png' });
   * ```
   */
  static binary(bytes: Uint8Array | ArrayBuffer, options?: ContentResponseOptions): HttpResponse {
    if (!(bytes instanceof Uint8Array) && !(bytes instanceof ArrayBuffer)) {
      throw new TypeError('HttpResponse.binary needs a Uint8Array or an ArrayBuffer');
    }
    const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    return build({ kind: 'bytes', bytes: view }, BINARY_TYPE, 200, options);
  }

  /**
   * An empty 204 No Content: no body, no `Content-Type`, no `Content-Length`.
   *
   * @example
   * ```ts
   * HttpResponse.noContent({ headers: { 'Set-Cookie': 'session=; Max-Age=0' } });
   * ```
   */
  static noContent(options?: Omit<ResponseOptions, 'status'>): HttpResponse {
    return build(null, undefined, 204, options);
  }

  /**
   * A redirect with a `Location` header. `status` must be 300, 301, 302, 303, 307 or 308.
   *
   * @example
   * ```ts
   * HttpResponse.redirect('/login');
   * HttpResponse.redirect('https://example.com/new', 308);
   * ```
   */
  static redirect(
    location: string,
    status = 302,
    options?: Omit<ResponseOptions, 'status' | 'location'>,
  ): HttpResponse {
    if (!REDIRECT_STATUSES.has(status)) {
      throw new TypeError(`HttpResponse.redirect status must be 300, 301, 302, 303, 307 or 308, got ${String(status)}`);
    }
    return build(null, undefined, status, { ...options, location });
  }

  /**
   * A streamed response: the body is not buffered and carries no `Content-Length`; bindings send it
   * chunked, one HTTP chunk per chunk the source yields. Default type: `application/octet-stream`.
   * A `HEAD` request never reads the source: it is cancelled. A stream can be sent only once.
   *
   * @example
   * ```ts
   * async function* lines() { yield 'chunk-1\n'; yield 'chunk-2\n'; }
   * HttpResponse.stream(lines(), { contentType: 'text/plain; charset=utf-8' });
   * ```
   */
  static stream(source: StreamSource, options?: ContentResponseOptions): HttpResponse {
    if (!isStreamSource(source)) {
      throw new TypeError('HttpResponse.stream needs a ReadableStream or an async iterable');
    }
    return build({ kind: 'stream', source }, BINARY_TYPE, 200, options);
  }

  static {
    Object.defineProperty(HttpResponse.prototype, HTTP_RESPONSE_BRAND, { value: true });
  }
}

/**
 * Whether `value` is an `HttpResponse`, from this copy of the package or any other.
 *
 * @example
 * ```ts
 * isHttpResponse(HttpResponse.noContent()); // true
 * ```
 */
export function isHttpResponse(value: unknown): value is HttpResponse {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { [HTTP_RESPONSE_BRAND]?: unknown })[HTTP_RESPONSE_BRAND] === true
  );
}

const TEXT_TYPE = 'text/plain; charset=utf-8';
const JSON_TYPE = 'application/json';
const BINARY_TYPE = 'application/octet-stream';

function build(
  body: ResponseBody,
  defaultType: string | undefined,
  defaultStatus: number,
  options: ContentResponseOptions | undefined,
): HttpResponse {
  const response = new HttpResponse(options?.status ?? defaultStatus, null, options?.headers);
  // The constructor takes only text and bytes; factories attach their tagged body here, once.
  (response as { body: ResponseBody }).body = body;
  const plain = options === undefined || (options.contentType === undefined && options.location === undefined);
  if (plain && response[RESPONSE_HEADERS_SLOT] === undefined) {
    response[RESPONSE_CONTENT_TYPE_SLOT] = defaultType;
    return response;
  }
  if (options?.contentType !== undefined) setHeader(response.headers, 'content-type', options.contentType);
  else if (defaultType !== undefined && !response.headers.has('content-type')) {
    response.headers.set('content-type', defaultType);
  }
  if (options?.location !== undefined) setHeader(response.headers, 'location', options.location);
  return response;
}
