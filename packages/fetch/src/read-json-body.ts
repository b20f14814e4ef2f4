import { requestRejection } from '@httpwire/core';

/**
 * Options of {@link readJsonBody}.
 *
 * @example
 * ```ts
 * const options: ReadJsonBodyOptions = { limit: 100 * 1024 };
 * ```
 */
export interface ReadJsonBodyOptions {
  /** The largest body accepted, in bytes. Default: 100 KiB, as body-parser's. */
  limit?: number | undefined;
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;

/**
 * Reads a JSON request body with the rejections every httpwire stack sends: an `Error` that `toResponse` turns into
 * the same problem as body-parser's and Fastify's. A declared or actual size over `limit` is a 413 (a declared one
 * without reading), an empty body or invalid JSON a 400, a body that fails while it is read (the client ended the
 * connection early) a 400 `body-length-mismatch`, a charset other than UTF-8 a 415; each closes the connection. A body that is not JSON (by `Content-Type`) is not read: the result is `undefined`, for the handler
 * to answer as it sees fit.
 *
 * @example
 * ```ts
 * const body = await readJsonBody(request, { limit: 100 * 1024 });
 * ```
 */
export async function readJsonBody(request: Request, options: ReadJsonBodyOptions = {}): Promise<unknown> {
  const limit = options.limit ?? 100 * 1024;
  const [mediaType = '', ...parameters] = (request.headers.get('content-type') ?? '').split(';');
  if (!JSON_TYPE.test(mediaType.trim())) return undefined;
  const charset = parameters.map((parameter) => parameter.trim().toLowerCase()).find((p) => p.startsWith('charset='));
  if (charset !== undefined && !['charset=utf-8', 'charset="utf-8"'].includes(charset)) {
    throw requestRejection('unsupported-encoding');
  }
  if (Number(request.headers.get('content-length') ?? 0) > limit) throw requestRejection('body-too-large');
  const bytes = await bytesOf(request, limit);
  if (bytes.byteLength === 0) throw requestRejection('empty-json');
  const text = new TextDecoder().decode(bytes);
  try {
    return JSON.parse(text);
  } catch {
    throw requestRejection('invalid-json');
  }
}

async function bytesOf(request: Request, limit: number): Promise<Uint8Array> {
  if (request.body === null) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let read = await readOrReject(reader); !read.done; read = await readOrReject(reader)) {
    length += read.value.byteLength;
    if (length > limit) {
      await reader.cancel();
      throw requestRejection('body-too-large');
    }
    chunks.push(read.value);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * The next chunk of a request body. A body stream that fails (the client ended the connection before sending all
 * it announced) is the 400 Node's stacks send for the same request, not an unknown error.
 */
async function readOrReject(
  reader: ReadableStreamDefaultReader<Uint8Array>,
): Promise<ReadableStreamReadResult<Uint8Array>> {
  try {
    return await reader.read();
  } catch (error) {
    const rejection = requestRejection('body-length-mismatch');
    Object.defineProperty(rejection, 'cause', { value: error, configurable: true, writable: true });
    throw rejection;
  }
}
