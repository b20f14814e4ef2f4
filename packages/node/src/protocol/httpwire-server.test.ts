import { connect } from 'node:net';
import { rawRequest, responseHeader } from '@httpwire/conformance';
import { describe, expect, it } from 'vitest';
import { serve } from '../../test/serve.js';
import { httpwireServer } from './httpwire-server.js';

const HTTP_DATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** Writes raw bytes and collects everything until the server closes the connection. */
function exchange(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    let received = '';
    socket.on('data', (data) => {
      received += data.toString('latin1');
    });
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
  });
}

describe('httpwireServer', () => {
  it('answers an HTTP/1.1 request without Host with a 400 problem that has a Date, before the app sees it', async () => {
    const seen: string[] = [];
    const { server, port } = await serve((req, res) => {
      seen.push(req.url ?? '');
      res.end('app');
    });
    httpwireServer(server);
    const response = await rawRequest(port, { method: 'GET', path: '/x', omitHost: true, observeClose: true });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body.toString())).toMatchObject({ status: 400, code: 'MISSING_HOST' });
    expect(responseHeader(response, 'connection')).toBe('close');
    expect(responseHeader(response, 'date')).toMatch(HTTP_DATE);
    expect(response.closedByServer).toBe(true);
    expect(seen).toEqual([]);
    const old = await rawRequest(port, { method: 'GET', path: '/y', omitHost: true, httpVersion: '1.0' });
    expect([old.status, old.body.toString(), seen]).toEqual([200, 'app', ['/y']]);
    expect((await rawRequest(port, { method: 'GET', path: '/z' })).body.toString()).toBe('app');
  });

  it('replaces the server’s clientError listeners: one problem, with a Date, for bytes that are not HTTP', async () => {
    const { server, port } = await serve((_req, res) => res.end());
    const replaced: unknown[] = [];
    server.on('clientError', (error, socket) => {
      replaced.push(error);
      socket.destroy();
    });
    httpwireServer(server, {});
    const answer = await exchange(port, 'NOT HTTP AT ALL\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(answer).toMatch(/\r\ndate: [^\r]+ GMT\r\n\r\n/);
    expect(answer).toContain('"code":"MALFORMED_REQUEST"');
    expect(replaced).toEqual([]);
  });

  it('answers headers over Node’s limit with a 431 problem', async () => {
    const { server, port } = await serve((_req, res) => res.end());
    httpwireServer(server);
    const answer = await exchange(port, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    expect(answer).toContain('\r\nconnection: close\r\n');
  });
});
