/**
 * A stream body's source: a web `ReadableStream` of bytes, or any async iterable of bytes or strings
 * (strings are sent as UTF-8). Each chunk it yields is written as one HTTP chunk.
 *
 * @example
 * ```ts
 * async function* lines() { yield 'chunk-1\n'; yield 'chunk-2\n'; }
 * const source: StreamSource = lines();
 * ```
 */
export type StreamSource = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array | string>;

/**
 * What an {@link HttpResponse} carries, tagged so that serialization happens once, in `toWire`:
 * a JSON value that can't be serialized becomes a clean 500 there instead of a crash in the handler.
 *
 * @example
 * ```ts
 * const body: ResponseBody = { kind: 'text', text: 'Hello, World!' };
 * ```
 */
export type ResponseBody =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array }
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'stream'; readonly source: StreamSource }
  | null;

/**
 * What the `HttpResponse` constructor accepts as a body.
 *
 * @example
 * ```ts
 * new HttpResponse(200, 'Hello No Helper World', { 'Content-Type': 'text/plain' });
 * ```
 */
export type HttpResponseBodyInit = string | Uint8Array | ArrayBuffer | null | undefined;

/**
 * Whether `value` can be a stream body's source.
 *
 * @example
 * ```ts
 * isStreamSource(new ReadableStream()); // true
 * ```
 */
export function isStreamSource(value: unknown): value is StreamSource {
  if (typeof value !== 'object' || value === null) return false;
  return (
    typeof (value as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator] === 'function' ||
    typeof (value as Partial<ReadableStream>).getReader === 'function'
  );
}

/** Turns a constructor body into its tagged form, rejecting what isn't text or bytes. */
export function bodyFromInit(init: HttpResponseBodyInit): ResponseBody {
  if (init === null || init === undefined) return null;
  if (typeof init === 'string') return { kind: 'text', text: init };
  if (init instanceof Uint8Array) return { kind: 'bytes', bytes: init };
  if (init instanceof ArrayBuffer) return { kind: 'bytes', bytes: new Uint8Array(init) };
  throw new TypeError(
    `HttpResponse body must be a string, a Uint8Array, an ArrayBuffer or null, got ${typeof init}; use HttpResponse.json() for values`,
  );
}
