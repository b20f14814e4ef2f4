import { assertMediaType, isContentType } from './media-type.js';

/**
 * A header value as accepted by httpwire: an array appends one header line per item.
 *
 * @example
 * ```ts
 * const cookies: HeaderValue = ['chocolate', 'pecan'];
 * ```
 */
export type HeaderValue = string | number | readonly (string | number)[];

/**
 * Anything httpwire accepts as headers: a WHATWG `Headers`, a record (arrays repeat the header),
 * or `[name, value]` pairs (repeated names repeat the header).
 *
 * @example
 * ```ts
 * const a: HeadersInput = { 'Content-Type': 'text/plain', 'Set-Cookie': ['a=1', 'b=2'] };
 * const b: HeadersInput = [['set-cookie', 'a=1'], ['set-cookie', 'b=2']];
 * ```
 */
export type HeadersInput =
  | Headers
  | Readonly<Record<string, HeaderValue | undefined>>
  | Iterable<readonly [string, string]>;

/**
 * Appends `name: value` to `headers`, turning the platform's terse `TypeError` into one that names
 * the header. Values with CR, LF or NUL are rejected here, so they never reach the wire, and so is a
 * `Content-Type` that is not a media type.
 *
 * @example
 * ```ts
 * appendHeader(headers, 'Set-Cookie', 'pecan');
 * appendHeader(headers, 'X-Bad', 'a\r\nb'); // TypeError: Invalid header "X-Bad": …
 * ```
 */
export function appendHeader(headers: Headers, name: string, value: string | number): void {
  try {
    headers.append(name, String(value));
  } catch (cause) {
    throw invalidHeader(name, value, cause);
  }
  if (isContentType(name)) assertMediaType(headers.get(name));
}

/**
 * Sets `name: value` on `headers`, replacing earlier values, with the same validation as {@link appendHeader}.
 *
 * @example
 * ```ts
 * setHeader(headers, 'Location', '/entities/42');
 * ```
 */
export function setHeader(headers: Headers, name: string, value: string | number): void {
  try {
    headers.set(name, String(value));
  } catch (cause) {
    throw invalidHeader(name, value, cause);
  }
  if (isContentType(name)) assertMediaType(headers.get(name));
}

/**
 * Copies `input` into a new `Headers`, validating every name and value.
 *
 * @example
 * ```ts
 * toHeaders({ 'Set-Cookie': ['chocolate', 'pecan'] }).getSetCookie(); // ['chocolate', 'pecan']
 * ```
 */
export function toHeaders(input?: HeadersInput): Headers {
  const headers = new Headers();
  if (input !== undefined) appendHeaders(headers, input);
  return headers;
}

/**
 * Appends every header of `input` to `headers`.
 *
 * @example
 * ```ts
 * appendHeaders(response.headers, { Vary: 'Accept' });
 * ```
 */
export function appendHeaders(headers: Headers, input: HeadersInput): void {
  if (input instanceof Headers) {
    for (const [name, value] of input) {
      if (name === 'set-cookie') continue;
      headers.append(name, value);
    }
    for (const cookie of input.getSetCookie()) headers.append('set-cookie', cookie);
    return;
  }
  if (isIterable(input)) {
    for (const pair of input) {
      if (!Array.isArray(pair) || pair.length !== 2) {
        throw new TypeError('Headers given as pairs must be [name, value] arrays');
      }
      appendHeader(headers, pair[0], pair[1]);
    }
    return;
  }
  for (const name of Object.keys(input)) {
    const value = input[name];
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      for (const item of value as readonly (string | number)[]) appendHeader(headers, name, item);
    } else {
      appendHeader(headers, name, value as string | number);
    }
  }
}

/**
 * Formats a `Retry-After` value: whole seconds, or an HTTP-date.
 *
 * @example
 * ```ts
 * formatRetryAfter(120); // "120"
 * formatRetryAfter(new Date(0)); // "Thu, 01 Jan 1970 00:00:00 GMT"
 * ```
 */
export function formatRetryAfter(value: number | Date): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError('retryAfter must be a valid Date');
    return value.toUTCString();
  }
  if (!Number.isInteger(value) || value < 0) {
    throw new TypeError(`retryAfter must be a whole number of seconds or a Date, got ${String(value)}`);
  }
  return String(value);
}

function isIterable(value: object): value is Iterable<readonly [string, string]> {
  return typeof (value as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function';
}

function invalidHeader(name: string, value: unknown, cause: unknown): TypeError {
  const text = String(value);
  const reason = /[\r\n\0]/.test(text)
    ? 'values must not contain CR, LF or NUL'
    : /[^\x20-\xff\t]/.test(text)
      ? 'values must be Latin-1 (encode other characters, for example with encodeURIComponent)'
      : 'names must be HTTP tokens';
  return new TypeError(`Invalid header ${JSON.stringify(name)}: ${reason}`, { cause });
}
