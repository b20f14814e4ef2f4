import type { StreamSource } from '../responses/response-body.js';
import { encodeUtf8 } from './utf8.js';

/**
 * Wraps a stream source for the wire: strings become UTF-8, empty chunks are skipped (an empty
 * HTTP chunk would end the body), anything else is a `TypeError`. A failure of the source is passed
 * to `onFailure` once and rethrown, so the binding cuts the connection instead of ending it cleanly.
 *
 * @example
 * ```ts
 * for await (const chunk of wireStream(source, report)) socket.write(chunk);
 * ```
 */
export async function* wireStream(
  source: StreamSource,
  onFailure: (error: unknown) => void,
): AsyncGenerator<Uint8Array, void, undefined> {
  try {
    for await (const chunk of iterate(source)) {
      const bytes = typeof chunk === 'string' ? encodeUtf8(chunk) : chunk;
      if (!(bytes instanceof Uint8Array)) {
        throw new TypeError(`A stream body chunk must be a Uint8Array or a string, got ${typeof chunk}`);
      }
      if (bytes.byteLength > 0) yield bytes;
    }
  } catch (error) {
    onFailure(error);
    throw error;
  }
}

/**
 * Cancels or closes a source that will not be read (HEAD, 204, 304, a replaced body), so it leaks nothing.
 *
 * @example
 * ```ts
 * releaseSource(response.body.source);
 * ```
 */
export function releaseSource(source: StreamSource): void {
  try {
    if (isReadableStream(source)) {
      if (!source.locked) source.cancel().then(undefined, ignore);
      return;
    }
    const iterator = source[Symbol.asyncIterator]();
    iterator.return?.()?.then(undefined, ignore);
  } catch {
    // A source that fails to close has nothing left for us to release.
  }
}

function iterate(source: StreamSource): AsyncIterable<Uint8Array | string> {
  if (!isReadableStream(source) || Symbol.asyncIterator in source) return source as AsyncIterable<Uint8Array | string>;
  return readAll(source);
}

async function* readAll(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array, void, undefined> {
  const reader = stream.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      yield value;
    }
  } finally {
    if (!finished) reader.cancel().then(undefined, ignore);
    reader.releaseLock();
  }
}

function isReadableStream(source: StreamSource): source is ReadableStream<Uint8Array> {
  return typeof (source as Partial<ReadableStream>).getReader === 'function';
}

function ignore(): void {}
