import type { Context } from 'hono';

/**
 * A plain value a `route()` handler returned, sent the Hono way under the status and headers the handler set with
 * `c.status()` and `c.header()`: a string as `c.text`, bytes or a stream as `c.body`, anything else as `c.json`.
 * Nothing is an empty 204: a Hono handler must answer, and one that returns nothing has nothing to say.
 */
export function honoResponseOf(c: Context, value: unknown): Response {
  if (value === undefined) return c.body(null, 204);
  if (typeof value === 'string') return c.text(value);
  if (value instanceof Uint8Array || value instanceof ArrayBuffer || value instanceof ReadableStream) {
    return c.body(value as ArrayBuffer);
  }
  return c.json(value as object);
}
