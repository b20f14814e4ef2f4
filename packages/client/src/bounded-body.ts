/** The bounds of reading an error response's body. */
export interface BodyBounds {
  /** The bytes read at most, after decoding (gzip and the like). */
  readonly maxBytes: number;
  /** The time to read them, in milliseconds. */
  readonly timeoutMs: number;
}

const TIMED_OUT = Symbol('timed out');

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
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), bounds.timeoutMs);
  });
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), timedOut]);
      if (next === TIMED_OUT) return undefined;
      if (next.done) break;
      bytes += next.value.byteLength;
      if (bytes > bounds.maxBytes) return undefined;
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
