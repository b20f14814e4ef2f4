/** The bounds of reading an error response's body. */
export interface BodyBounds {
  /** The bytes read at most, after decoding (gzip and the like). */
  readonly maxBytes: number;
  /** The time to read them, in milliseconds. */
  readonly timeoutMs: number;
}

/**
 * What a chunk costs beyond its bytes: the objects that hold it, here and in the caller's copy. A body sent a byte a
 * chunk reaches the bound after as many objects as bytes would allow, not a million tiny ones.
 */
const CHUNK_COST_BYTES = 64;

/**
 * A fetch response's body as text, read from a clone so that the caller can still read it, or `undefined` when it
 * is longer than `maxBytes`, takes longer than `timeoutMs`, or fails. Reading stops at the bound and cancels the
 * clone: an endless or stalled body costs at most the bound, in bytes and in time, and the caller's own reading
 * goes on as the server sends it.
 */
export async function boundedText(response: Response, bounds: BodyBounds): Promise<string | undefined> {
  if (response.bodyUsed || response.body === null) return '';
  const reader = response.clone().body?.getReader();
  if (reader === undefined) return '';
  let timedOut = false;
  // The timer cancels the reader, which ends a pending read: one timer, and no promise kept per read.
  const timer = setTimeout(() => {
    timedOut = true;
    reader.cancel().catch(() => {});
  }, bounds.timeoutMs);
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let cost = 0;
  try {
    for (;;) {
      const next = await reader.read();
      if (timedOut) return undefined;
      if (next.done) break;
      cost += next.value.byteLength + CHUNK_COST_BYTES;
      if (cost > bounds.maxBytes + CHUNK_COST_BYTES) return undefined;
      parts.push(decoder.decode(next.value, { stream: true }));
    }
    parts.push(decoder.decode());
    return parts.join('');
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
    reader.cancel().catch(() => {});
  }
}
