import { type RawResponse, rawRequest, responseHeader } from '@httpwire/conformance';
import { HttpResponse, NotFoundException, requestRejection } from '@httpwire/core';
import { describe, expect, it } from 'vitest';
import { serve } from '../../test/serve.js';
import { sendError, sendOutcome } from './send-outcome.js';

const get = (port: number, path = '/', method = 'GET') => rawRequest(port, { method, path });
const names = (response: RawResponse) => response.headers.map(([name]) => name.toLowerCase());

describe('sendOutcome on Node’s response', () => {
  it('writes an HttpResponse exactly as built, keeping headers set earlier but not stale framing', async () => {
    const { port } = await serve((_req, res) => {
      res.setHeader('x-request-id', 'r-1');
      res.setHeader('content-type', 'text/html');
      res.setHeader('vary', 'Origin');
      sendOutcome(res, HttpResponse.json({ a: 1 }, { headers: { vary: 'Accept-Encoding' } }), {});
    });
    const response = await get(port);
    expect(response.body.toString()).toBe('{"a":1}');
    expect(responseHeader(response, 'content-type')).toBe('application/json');
    expect(responseHeader(response, 'x-request-id')).toBe('r-1');
    expect(responseHeader(response, 'vary')).toBe('Origin, Accept-Encoding');
  });

  it('sends HEAD the GET headers without a body', async () => {
    const { port } = await serve((_req, res) => sendOutcome(res, new NotFoundException('No such thing.'), {}));
    const [head, full] = [await get(port, '/', 'HEAD'), await get(port)];
    expect(head.body.byteLength).toBe(0);
    expect(responseHeader(head, 'content-length')).toBe(responseHeader(full, 'content-length'));
    expect(names(head)).toEqual(names(full));
  });

  it('sends one HTTP chunk per stream chunk, and a problem for a source that fails before its first', async () => {
    async function* chunks() {
      yield 'a\n';
      yield 'b\n';
    }
    const failsAtOnce = (): AsyncIterable<string> => ({
      [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error('hunter2')) }),
    });
    const reports: unknown[] = [];
    const { port } = await serve((req, res) =>
      sendOutcome(res, HttpResponse.stream(req.url === '/fail' ? failsAtOnce() : chunks()), {
        onError: (error) => reports.push(error),
      }),
    );
    expect((await get(port)).chunks?.map(String)).toEqual(['a\n', 'b\n']);
    const failed = await get(port, '/fail');
    expect([failed.status, failed.body.toString().includes('hunter2'), reports.length]).toEqual([500, false, 1]);
  });

  it('keeps a 4xx the app set for an error without a status of its own, when asked', async () => {
    const { port } = await serve((_req, res) => {
      res.statusCode = 404;
      sendError(res, new Error('hunter2'), {}, { status: res.statusCode });
    });
    const response = await get(port);
    expect([response.status, response.body.toString().includes('hunter2')]).toEqual([404, false]);
  });

  it('cuts the connection for an error after the headers went out, and reports it once', async () => {
    const reports: unknown[] = [];
    const { port } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('partial');
      setTimeout(() => sendError(res, new Error('late'), { onError: (error) => reports.push(error) }), 5);
    });
    const response = await get(port);
    expect([response.status, response.complete, response.body.toString(), reports.length]).toEqual([
      200,
      false,
      'partial',
      1,
    ]);
  });

  it('closes the connection after a rejected body', async () => {
    const { port } = await serve((_req, res) => sendOutcome(res, requestRejection('invalid-json'), {}));
    const response = await rawRequest(port, { method: 'POST', path: '/', body: '{', observeClose: true });
    expect([response.status, responseHeader(response, 'connection'), response.closedByServer]).toEqual([
      400,
      'close',
      true,
    ]);
  });
});
