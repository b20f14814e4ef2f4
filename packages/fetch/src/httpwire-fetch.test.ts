import type { AddressInfo } from 'node:net';
import { type RawResponse, rawRequest } from '@httpwire/conformance';
import { type ErrorContext, HttpResponse, NotFoundException, type ToWireOptions } from '@httpwire/core';
import { type Server, serve } from 'srvx';
import { afterEach, describe, expect, it } from 'vitest';
import { httpwireFetch, httpwireRequestErrors, notFound, readJsonBody, type WebHandler } from './index.js';

const servers: Server[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close(true)));
});

/** Serves a web handler through srvx on Node: a real server on loopback, port 0. */
async function served(handler: (request: Request) => Promise<Response>): Promise<number> {
  const server = serve({ fetch: handler, port: 0, hostname: '127.0.0.1', silent: true });
  servers.push(server);
  await server.ready();
  return (server.node?.server?.address() as AddressInfo | undefined)?.port ?? 0;
}

function withReports(handler: WebHandler, options: ToWireOptions = {}) {
  const reports: [unknown, ErrorContext][] = [];
  return {
    reports,
    fetch: httpwireFetch(handler, { ...options, onError: (error, context) => reports.push([error, context]) }),
  };
}

const header = (response: RawResponse, name: string) =>
  response.headers.filter(([key]) => key.toLowerCase() === name).map(([, value]) => value);
const get = (port: number, path: string, headers: Record<string, string> = {}) =>
  rawRequest(port, { method: 'GET', path, headers });

describe('httpwireFetch', () => {
  it('sends a thrown exception as a problem, negotiated by Accept, and HEAD with the GET headers and no body', async () => {
    const port = await served(
      httpwireFetch(() => {
        throw new NotFoundException('No widget 7.');
      }),
    );
    const problem = await get(port, '/widgets/7');
    expect(problem.statusLine).toBe('HTTP/1.1 404 Not Found');
    expect(header(problem, 'content-type')).toEqual(['application/problem+json']);
    expect(JSON.parse(problem.body.toString())).toEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: 'No widget 7.',
      code: 'NOT_FOUND',
    });
    const asJson = await get(port, '/widgets/7', { accept: 'application/json' });
    expect(header(asJson, 'content-type')).toEqual(['application/json']);
    const head = await rawRequest(port, { method: 'HEAD', path: '/widgets/7' });
    expect(head.body.length).toBe(0);
    expect(header(head, 'content-length')).toEqual(header(problem, 'content-length'));
  });

  it('hides what an unknown throw says, and reports it once', async () => {
    const { reports, fetch } = withReports(() => {
      throw 'the database password is hunter2';
    });
    const port = await served(fetch);
    const response = await get(port, '/crash');
    expect(response.status).toBe(500);
    expect(response.body.toString()).not.toContain('hunter2');
    expect(reports.map(([error, { status }]) => [error, status])).toEqual([['the database password is hunter2', 500]]);
  });

  it('writes HttpResponses as built, values as core says, and passes a returned or thrown Response through', async () => {
    const routes: Record<string, () => unknown> = {
      '/cookies': () =>
        new HttpResponse(204, undefined, [
          ['set-cookie', 'a=1'],
          ['set-cookie', 'b=2'],
        ]),
      '/value': () => ({ id: '1' }),
      '/nothing': () => undefined,
      '/own': () => new Response('<p>mine</p>', { status: 201, headers: { 'content-type': 'text/html' } }),
      '/thrown-own': () => {
        throw new Response('gone', { status: 410 });
      },
    };
    const port = await served(httpwireFetch((request) => routes[new URL(request.url).pathname]?.()));
    const cookies = await fetch(`http://127.0.0.1:${port}/cookies`);
    expect([cookies.status, cookies.headers.getSetCookie(), await cookies.text()]).toEqual([204, ['a=1', 'b=2'], '']);
    const cookieLines = await get(port, '/cookies');
    expect([header(cookieLines, 'set-cookie'), header(cookieLines, 'content-length')]).toEqual([['a=1', 'b=2'], []]);
    const value = await get(port, '/value');
    expect([header(value, 'content-type'), value.body.toString()]).toEqual([['application/json'], '{"id":"1"}']);
    expect((await get(port, '/nothing')).statusLine).toBe('HTTP/1.1 204 No Content');
    const own = await get(port, '/own');
    expect([own.status, header(own, 'content-type'), own.body.toString()]).toEqual([201, ['text/html'], '<p>mine</p>']);
    expect((await get(port, '/thrown-own')).body.toString()).toBe('gone');
  });

  it('cuts a stream that fails after it started and reports it once; a stream that fails first is a clean 500', async () => {
    async function* failsLater() {
      yield 'first\n';
      throw new Error('the source broke');
    }
    const failsFirst = (): AsyncIterable<string> => ({
      [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error('no first chunk')) }),
    });
    const { reports, fetch } = withReports((request) =>
      HttpResponse.stream(request.url.endsWith('/later') ? failsLater() : failsFirst(), { contentType: 'text/plain' }),
    );
    const port = await served(fetch);
    const cut = await get(port, '/later');
    expect([cut.status, cut.complete, cut.body.toString()]).toEqual([200, false, 'first\n']);
    const early = await get(port, '/first');
    expect([early.status, early.complete, header(early, 'content-type')]).toEqual([
      500,
      true,
      ['application/problem+json'],
    ]);
    await expect.poll(() => reports.length, { timeout: 20_000 }).toBe(2);
    expect(reports.map(([error]) => (error as Error).message)).toEqual(['the source broke', 'no first chunk']);
  });

  it('sends a stream that ends before its first chunk as an empty body with content-length: 0', async () => {
    const port = await served(
      httpwireFetch(() => HttpResponse.stream((async function* () {})(), { contentType: 'text/plain' })),
    );
    const empty = await get(port, '/empty');
    expect([empty.status, header(empty, 'content-length'), header(empty, 'transfer-encoding'), empty.chunks]).toEqual([
      200,
      ['0'],
      [],
      undefined,
    ]);
  });

  it('closes the source when the client goes away', async () => {
    let closed: () => void = () => {};
    const sourceClosed = new Promise<void>((resolve) => {
      closed = resolve;
    });
    async function* endless() {
      try {
        for (;;) {
          yield 'tick\n';
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      } finally {
        closed();
      }
    }
    const port = await served(httpwireFetch(() => HttpResponse.stream(endless(), { contentType: 'text/plain' })));
    const controller = new AbortController();
    const response = await fetch(`http://127.0.0.1:${port}/ticks`, { signal: controller.signal });
    const reader = response.body?.getReader();
    await reader?.read();
    controller.abort();
    await sourceClosed;
  });
});

describe('notFound and readJsonBody', () => {
  it('answer unknown routes and rejected bodies with the problems every stack sends', async () => {
    const port = await served(
      httpwireFetch(async (request) => {
        if (new URL(request.url).pathname !== '/echo') return notFound(request);
        return { received: (await readJsonBody(request, { limit: 16 })) ?? null };
      }),
    );
    const post = (body: string, type = 'application/json') =>
      rawRequest(port, { method: 'POST', path: '/echo', headers: { 'content-type': type }, body });
    const missing = await get(port, '/no/such?token=1');
    expect([missing.status, JSON.parse(missing.body.toString()).detail]).toEqual([
      404,
      'No route matches the path "/no/such".',
    ]);
    expect((await get(port, '/bad%zz')).status).toBe(400);
    expect((await post('{"a":1}')).body.toString()).toBe('{"received":{"a":1}}');
    expect((await post('a=1', 'application/x-www-form-urlencoded')).body.toString()).toBe('{"received":null}');
    const invalid = await post('{"a":');
    expect([invalid.status, JSON.parse(invalid.body.toString()).code, header(invalid, 'connection')]).toEqual([
      400,
      'INVALID_JSON',
      ['close'],
    ]);
    expect(JSON.parse((await post('')).body.toString()).code).toBe('EMPTY_JSON');
    expect((await post('{"a":"0123456789abcdef"}')).status).toBe(413);
    expect((await post('{}', 'application/json; charset=latin1')).status).toBe(415);
  });
});

describe('protocol edges', () => {
  it('answers two Host headers (which runtimes join with a comma) with a 400 before the handler sees them', async () => {
    const { reports, fetch } = withReports(() => 'handled');
    const response = await fetch(new Request('http://a.example/x', { headers: { host: 'a.example, b.example' } }));
    expect(response.status).toBe(400);
    expect(response.headers.get('connection')).toBe('close');
    expect(await response.json()).toEqual({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'The request has more than one Host header.',
      code: 'DUPLICATE_HOST',
    });
    expect(await (await fetch(new Request('http://a.example/x', { headers: { host: 'a.example' } }))).text()).toBe(
      'handled',
    );
    expect(reports).toEqual([]);
  });

  it('answers a body that fails while it is read with the 400 Node’s stacks send, not a reported 500', async () => {
    const { reports, fetch } = withReports(async (request) => readJsonBody(request));
    let sent = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) controller.error(new TypeError('the connection closed before the body was complete'));
        else controller.enqueue(new TextEncoder().encode('{"features":'));
        sent = true;
      },
    });
    const request = new Request('http://localhost/predict', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    const response = await fetch(request);
    expect(response.status).toBe(400);
    expect(response.headers.get('connection')).toBe('close');
    expect(await response.json()).toEqual({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'The request body does not match its Content-Length.',
      code: 'BAD_REQUEST',
    });
    expect(reports).toEqual([]);
  });

  it('answers what @hono/node-server makes no Request of with a 400 problem, and anything else with a reported 500', async () => {
    const reported: unknown[] = [];
    const handle = httpwireRequestErrors({ onError: (error) => reported.push(error) });
    const requestError = Object.assign(new Error('Invalid URL'), { name: 'RequestError' });
    const rejected = await handle(requestError);
    expect([rejected.status, rejected.statusText, rejected.headers.get('content-type')]).toEqual([
      400,
      'Bad Request',
      'application/problem+json',
    ]);
    expect(await rejected.json()).toEqual({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'The request target and its Host do not make a URL this server can read.',
      code: 'INVALID_REQUEST_TARGET',
    });
    const failed = await handle(new Error('secret: hunter2'));
    expect(failed.status).toBe(500);
    expect(await failed.text()).not.toContain('hunter2');
    expect(reported).toHaveLength(1);
  });
});
