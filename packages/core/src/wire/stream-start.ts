import { toWire } from './to-wire.js';
import type { ToWireOptions, WireRequest, WireResponse } from './wire-types.js';

/**
 * A streamed body whose first chunk arrived (`empty` when the source ended without one), or the failure that came
 * first.
 *
 * @example
 * ```ts
 * const started: StreamStart = await startStream(wire.body as AsyncIterable<Uint8Array>);
 * ```
 */
export type StreamStart = { stream: AsyncIterable<Uint8Array>; empty: boolean } | { error: unknown };

/**
 * Waits for a streamed body's first chunk before anything is written. A source that fails before
 * producing one has committed nothing, so the client can still get a clean error response instead of
 * a cut connection; headers (and the status) go out with the first chunk. For bindings: Node's and the fetch one.
 *
 * @example
 * ```ts
 * const started = await startStream(body);
 * if ('error' in started) return write(earlyStreamFailureWire(started.error, request, options));
 * ```
 */
export async function startStream(body: AsyncIterable<Uint8Array>): Promise<StreamStart> {
  const iterator = body[Symbol.asyncIterator]();
  let first: IteratorResult<Uint8Array>;
  try {
    first = await iterator.next();
  } catch (error) {
    return { error };
  }
  const rest: AsyncIterable<Uint8Array> = { [Symbol.asyncIterator]: () => iterator };
  async function* resumed(): AsyncGenerator<Uint8Array, void, undefined> {
    if (first.done) return;
    yield first.value;
    yield* rest;
  }
  const chunks = resumed();
  // No `throw`: `Readable.from` ends a stream the client cut with `iterator.throw(error)`, which core would
  // take for a failure of the source and report; with only `return`, the source is closed quietly.
  return {
    stream: { [Symbol.asyncIterator]: () => ({ next: () => chunks.next(), return: () => chunks.return() }) },
    empty: first.done === true,
  };
}

/**
 * The response for a source that failed before its first chunk: what `toWire` gives the error for this
 * request. Core already reported the failure (phase `stream`), so that one error is not reported again.
 *
 * @example
 * ```ts
 * if ('error' in started) write(earlyStreamFailureWire(started.error, request, options)); // a 500 problem, unless it was an HttpException
 * ```
 */
export function earlyStreamFailureWire(failure: unknown, request: WireRequest, options: ToWireOptions): WireResponse {
  const { onError } = options;
  return toWire(failure, request, {
    ...options,
    onError: onError && ((error, context) => error !== failure && onError(error, context)),
  });
}

/**
 * The wire of a stream that ended before its first chunk: an empty body with `content-length: 0`, in its place
 * among the sorted headers, so that every binding sends the same bytes for it (Node alone would add the header
 * last on one stack and chunk the empty body on another).
 *
 * @example
 * ```ts
 * if ('empty' in started && started.empty) return write(emptiedWire(wire));
 * ```
 */
export function emptiedWire(wire: WireResponse): WireResponse {
  const headers = wire.headers.filter(([name]) => name !== 'content-length' && name !== 'transfer-encoding');
  const at = headers.findIndex(([name]) => name > 'content-length');
  headers.splice(at === -1 ? headers.length : at, 0, ['content-length', '0']);
  return { ...wire, headers, body: new Uint8Array(0) };
}
