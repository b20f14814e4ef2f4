import { describe, expect, it } from 'vitest';
import { httpBlockMismatches, requestOfBlock } from './http-block.js';
import type { RawResponse } from './raw-http.js';

const sent = (headers: [string, string][], body = '{}'): RawResponse => ({
  statusLine: 'HTTP/1.1 404 Not Found',
  status: 404,
  headers,
  body: Buffer.from(body),
  chunks: undefined,
  complete: true,
  closedByServer: false,
});
const NOT_FOUND = sent([
  ['Content-Length', '2'],
  ['Content-Type', 'application/problem+json'],
  ['Date', 'Tue, 01 Dec 2026 03:00:00 GMT'],
  ['Connection', 'keep-alive'],
  ['Keep-Alive', 'timeout=5'],
]);

describe('httpBlockMismatches', () => {
  it('agrees when every header but the connection and the date is shown, in order, and the body is the same', () => {
    const shown = 'HTTP/1.1 404 Not Found\ncontent-length: 2\ncontent-type: application/problem+json\n\n{}';
    expect(httpBlockMismatches(shown, NOT_FOUND)).toEqual([]);
  });

  it('names a different status line, body, value, order, or a header the block leaves out', () => {
    expect(
      httpBlockMismatches(
        'HTTP/1.1 400 Bad Request\ncontent-length: 2\ncontent-type: application/problem+json\n\n{}',
        NOT_FOUND,
      ),
    ).toEqual(['status line: shown HTTP/1.1 400 Bad Request, sent HTTP/1.1 404 Not Found']);
    expect(
      httpBlockMismatches(
        'HTTP/1.1 404 Not Found\ncontent-length: 2\ncontent-type: application/problem+json\n\n[]',
        NOT_FOUND,
      ),
    ).toEqual(['body: shown "[]", sent "{}"']);
    for (const headers of [
      'content-type: application/problem+json\ncontent-length: 2',
      'content-length: 2\ncontent-type: application/json',
      'content-length: 2',
      'content-length: 2\ncontent-type: application/problem+json\nvary: accept',
    ]) {
      expect(httpBlockMismatches(`HTTP/1.1 404 Not Found\n${headers}\n\n{}`, NOT_FOUND)).toHaveLength(1);
    }
  });

  it('compares the connection headers when the block shows them', () => {
    const shown =
      'HTTP/1.1 404 Not Found\ncontent-length: 2\ncontent-type: application/problem+json\nconnection: close\n\n{}';
    expect(httpBlockMismatches(shown, NOT_FOUND)[0]).toMatch(/^headers:/);
  });
});

describe('requestOfBlock', () => {
  it('reads the request line, the headers and the body', () => {
    expect(requestOfBlock('POST /widgets HTTP/1.1\ncontent-type: application/json\n\n{"name":""}')).toEqual({
      method: 'POST',
      path: '/widgets',
      headers: { 'content-type': 'application/json' },
      body: '{"name":""}',
    });
    expect(requestOfBlock('GET /secure HTTP/1.1')).toEqual({ method: 'GET', path: '/secure', headers: {} });
  });
});
