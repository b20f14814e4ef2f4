import { connect } from 'node:net';
import { rawRequest, responseHeader } from '@httpwire/conformance';
import { describe, expect, it } from 'vitest';
import { serve } from '../../test/serve.js';
import { httpwireServer } from './httpwire-server.js';

const HTTP_DATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** Writes raw bytes (and with `end`, ends the sending side) and collects everything until the server closes. */
function exchange(port: number, bytes: string, { end = false } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => (end ? socket.end(bytes) : socket.write(bytes)));
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

  it('answers a request with two Host headers with a 400 problem, before the app sees it (RFC 9112 §3.2)', async () => {
    const seen: string[] = [];
    const { server, port } = await serve((req, res) => {
      seen.push(req.url ?? '');
      res.end('app');
    });
    httpwireServer(server);
    // `rawRequest` sends `Host` first; the lowercase name is a second header line.
    const response = await rawRequest(port, {
      method: 'GET',
      path: '/x',
      headers: { host: 'other.example' },
      observeClose: true,
    });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body.toString())).toEqual({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'The request has more than one Host header.',
      code: 'DUPLICATE_HOST',
    });
    expect(responseHeader(response, 'connection')).toBe('close');
    expect(response.closedByServer).toBe(true);
    const old = await rawRequest(port, { method: 'GET', path: '/y', omitHost: true, httpVersion: '1.0', headers: {} });
    expect(old.status).toBe(200);
    const twoOld = await rawRequest(port, {
      method: 'GET',
      path: '/z',
      httpVersion: '1.0',
      headers: { host: 'other.example' },
    });
    expect(twoOld.status).toBe(400);
    expect(seen).toEqual(['/y']);
  });

  it('answers a method Node does not know with a reported 501 problem (RFC 9110 §9.1), bytes that are not HTTP with a 400', async () => {
    const reported: unknown[] = [];
    const { server, port } = await serve((_req, res) => res.end('app'));
    httpwireServer(server, { onError: (error) => reported.push(error) });
    const brew = await exchange(port, 'BREW /teapot HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(brew).toMatch(/^HTTP\/1\.1 501 Not Implemented\r\n/);
    expect(brew).toContain('\r\nconnection: close\r\n');
    expect(brew.slice(brew.indexOf('\r\n\r\n') + 4)).toBe(
      JSON.stringify({
        type: 'about:blank',
        title: 'Not Implemented',
        status: 501,
        detail: 'The request method is not one this server implements.',
        code: 'METHOD_NOT_IMPLEMENTED',
      }),
    );
    expect(await exchange(port, 'get / HTTP/1.1\r\nHost: x\r\n\r\n')).toMatch(/^HTTP\/1\.1 501 /);
    const garbage = await exchange(port, 'NOT HTTP AT ALL\r\n\r\n');
    expect(garbage).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(garbage).toContain('"code":"MALFORMED_REQUEST"');
    expect(reported).toHaveLength(2);
  });

  it('answers a body cut short by the end of the connection with the 400 the bindings send for it', async () => {
    const { server, port } = await serve((req, res) => {
      req.resume();
      req.on('end', () => res.end('app'));
      req.on('error', () => {});
    });
    httpwireServer(server);
    const answer = await exchange(
      port,
      'POST /x HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"a":',
      { end: true },
    );
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(answer).toContain('"detail":"The request body does not match its Content-Length."');
    const head = await exchange(port, 'POST /x HTTP/1.1\r\nHost: x\r\nContent-Le', { end: true });
    expect(head).toContain('"code":"MALFORMED_REQUEST"');
  });
});
