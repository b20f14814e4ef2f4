import type { RawResponse } from './raw-http.js';

/** Headers that legitimately differ between two identical responses. */
const IGNORED_HEADERS = new Set(['date']);

/** What must be identical across stacks: the status line, the header list (names lowercased, `date` left out), the body. */
export interface WireSnapshot {
  statusLine: string;
  headers: string[];
  body: string;
  complete: boolean;
}

/** Reduces a raw response to what the stacks must agree on. */
export function snapshot(response: RawResponse): WireSnapshot {
  return {
    statusLine: response.statusLine,
    headers: response.headers
      .filter(([name]) => !IGNORED_HEADERS.has(name.toLowerCase()))
      .map(([name, value]) => `${name.toLowerCase()}: ${value}`),
    body: response.body.toString('base64'),
    complete: response.complete,
  };
}

/** Readable differences between two snapshots, empty when identical. */
export function differences(a: WireSnapshot, b: WireSnapshot): string[] {
  const found: string[] = [];
  if (a.statusLine !== b.statusLine) found.push(`status line: ${a.statusLine} ≠ ${b.statusLine}`);
  if (a.headers.join('\n') !== b.headers.join('\n'))
    found.push(`headers:\n  ${a.headers.join('\n  ')}\n≠\n  ${b.headers.join('\n  ')}`);
  if (a.body !== b.body)
    found.push(`body: ${Buffer.from(a.body, 'base64').toString()} ≠ ${Buffer.from(b.body, 'base64').toString()}`);
  if (a.complete !== b.complete) found.push(`complete: ${a.complete} ≠ ${b.complete}`);
  return found;
}
