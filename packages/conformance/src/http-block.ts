import type { RawRequest, RawResponse } from './raw-http.js';

/** An HTTP message as a Markdown `http` block shows it: a start line, header lines, a blank line and the body. */
interface HttpMessage {
  startLine: string;
  headers: [name: string, value: string][];
  body: string;
}

function parseMessage(text: string): HttpMessage {
  const [head = '', ...bodyParts] = text.split(/\n\n/);
  const [startLine = '', ...headerLines] = head.split('\n');
  const headers = headerLines.map((line): [string, string] => {
    const colon = line.indexOf(':');
    if (colon < 1) throw new Error(`not a header line: ${JSON.stringify(line)}`);
    return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
  });
  return { startLine: startLine.trim(), headers, body: bodyParts.join('\n\n') };
}

/**
 * The request a hidden `<!-- doc-test request` comment gives for the `http` block after it: a request line
 * (`POST /widgets HTTP/1.1`), header lines, and after a blank line the body.
 *
 * @example
 * ```ts
 * const request = requestOfBlock('GET /secure HTTP/1.1\naccept: application/json');
 * ```
 */
export function requestOfBlock(text: string): RawRequest {
  const message = parseMessage(text);
  const [method, path] = message.startLine.split(' ');
  if (method === undefined || path === undefined) throw new Error(`not a request line: ${message.startLine}`);
  return {
    method,
    path,
    headers: Object.fromEntries(message.headers),
    ...(message.body === '' ? {} : { body: message.body }),
  };
}

/** Headers a block may leave out: the connection's, and the date. */
const TRANSPORT = new Set(['date', 'connection', 'keep-alive']);

/**
 * What differs between the response an `http` block shows and the one the server sent: the status line, the
 * headers (every one sent, in the order sent, with its exact value; a block may leave out `date`, `connection` and
 * `keep-alive`, which belong to the connection) and the whole body. Empty when they agree.
 *
 * @example
 * ```ts
 * expect(httpBlockMismatches(block.code, await rawRequest(port, requestOfBlock(block.hidden)))).toEqual([]);
 * ```
 */
export function httpBlockMismatches(shown: string, sent: RawResponse): string[] {
  const expected = parseMessage(shown);
  const mismatches: string[] = [];
  if (expected.startLine !== sent.statusLine) {
    mismatches.push(`status line: shown ${expected.startLine}, sent ${sent.statusLine}`);
  }
  const shownNames = new Set(expected.headers.map(([name]) => name.toLowerCase()));
  const lines = (headers: readonly (readonly [string, string])[]) =>
    headers
      .filter(([name]) => shownNames.has(name.toLowerCase()) || !TRANSPORT.has(name.toLowerCase()))
      .map(([name, value]) => `${name.toLowerCase()}: ${value}`);
  const [shownLines, sentLines] = [lines(expected.headers), lines(sent.headers)];
  if (shownLines.join('\n') !== sentLines.join('\n')) {
    mismatches.push(`headers: shown\n  ${shownLines.join('\n  ')}\nsent\n  ${sentLines.join('\n  ')}`);
  }
  const body = sent.body.toString('utf8');
  if (expected.body !== body)
    mismatches.push(`body: shown ${JSON.stringify(expected.body)}, sent ${JSON.stringify(body)}`);
  return mismatches;
}
