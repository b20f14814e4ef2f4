import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rawRequest } from '@httpwire/conformance';
import { afterEach, describe, expect, it } from 'vitest';
import { RfcReasonServerResponse } from './rfc-reason-server-response.js';

let server: Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

describe('RfcReasonServerResponse', () => {
  it('writes RFC 9110’s reason phrase when the server gives none, and keeps one it gives', async () => {
    server = createServer({ ServerResponse: RfcReasonServerResponse }, (req, res) => {
      if (req.url === '/given') res.writeHead(413, 'Too Big', { 'content-length': '0' });
      else if (req.url === '/set') {
        res.statusMessage = 'Set By Hand';
        res.writeHead(422, { 'content-length': '0' });
      } else if (req.url === '/implicit') {
        res.statusCode = 418;
        res.end();
      } else res.writeHead(Number(req.url?.slice(1)), { 'content-length': '0' });
      res.end();
    });
    await new Promise<void>((listening) => server?.listen(0, '127.0.0.1', () => listening()));
    const port = (server.address() as AddressInfo).port;
    const line = async (path: string) => (await rawRequest(port, { method: 'GET', path })).statusLine;
    expect(await line('/413')).toBe('HTTP/1.1 413 Content Too Large');
    expect(await line('/422')).toBe('HTTP/1.1 422 Unprocessable Content');
    expect(await line('/implicit')).toBe("HTTP/1.1 418 I'm a teapot");
    expect(await line('/given')).toBe('HTTP/1.1 413 Too Big');
    expect(await line('/set')).toBe('HTTP/1.1 422 Set By Hand');
  });
});
