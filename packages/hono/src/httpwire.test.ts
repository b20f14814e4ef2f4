import { type RawResponse, rawRequest } from '@httpwire/conformance';
import { HttpResponse, ImATeapotException, NotFoundException } from '@httpwire/core';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { listen } from './idioms/hono-idiom-app.js';
import { httpwire } from './index.js';

const running: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

async function served(setup: (app: Hono, wire: ReturnType<typeof httpwire>) => void, reports: unknown[] = []) {
  const app = new Hono();
  const wire = httpwire({ onError: (error) => reports.push(error) });
  app.onError(wire.onError);
  app.notFound(wire.notFound);
  setup(app, wire);
  const server = await listen(app);
  running.push(server);
  return server.port;
}

const header = (response: RawResponse, name: string) =>
  response.headers.filter(([key]) => key.toLowerCase() === name).map(([, value]) => value);

describe('@httpwire/hono', () => {
  it('writes a returned HttpResponse as built, and plain values the Hono way under c.status() and c.header()', async () => {
    const port = await served((app, wire) => {
      app.get(
        '/response',
        wire.route(() => HttpResponse.text('<a/>', { contentType: 'text/xml', headers: [['set-cookie', 'a=1']] })),
      );
      app.get(
        '/created',
        wire.route((c) => {
          c.status(201);
          c.header('x-trace', 't-1');
          return { id: '1' };
        }),
      );
      app.get(
        '/string',
        wire.route(() => 'words'),
      );
      app.get(
        '/nothing',
        wire.route(() => undefined),
      );
    });
    const response = await rawRequest(port, { method: 'GET', path: '/response' });
    expect([header(response, 'content-type'), header(response, 'set-cookie'), response.body.toString()]).toEqual([
      ['text/xml'],
      ['a=1'],
      '<a/>',
    ]);
    const created = await rawRequest(port, { method: 'GET', path: '/created' });
    expect([created.status, header(created, 'x-trace'), created.body.toString()]).toEqual([201, ['t-1'], '{"id":"1"}']);
    expect(header(await rawRequest(port, { method: 'GET', path: '/string' }), 'content-type')).toEqual([
      'text/plain; charset=UTF-8',
    ]);
    expect((await rawRequest(port, { method: 'GET', path: '/nothing' })).status).toBe(204);
  });

  it('answers errors as problems with the headers set before them, a thrown string included, reported once', async () => {
    const reports: unknown[] = [];
    const port = await served((app, wire) => {
      app.get('/missing', (c) => {
        c.header('x-request-id', 'r-1');
        c.header('content-type', 'text/html');
        throw new NotFoundException('No such widget.');
      });
      app.get(
        '/string',
        wire.route(() => {
          throw 'the database password is hunter2';
        }),
      );
    }, reports);
    const missing = await rawRequest(port, {
      method: 'GET',
      path: '/missing',
      headers: { accept: 'application/json' },
    });
    expect([missing.status, header(missing, 'x-request-id'), header(missing, 'content-type')]).toEqual([
      404,
      ['r-1'],
      ['application/json'],
    ]);
    const thrown = await rawRequest(port, { method: 'GET', path: '/string' });
    expect([thrown.status, thrown.body.toString().includes('hunter2')]).toEqual([500, false]);
    expect(reports).toEqual(['the database password is hunter2']);
  });

  it('applies route options to errors, and answers HEAD without reading a stream', async () => {
    let pulled = 0;
    const port = await served((app, wire) => {
      const legacy = new Hono();
      legacy.use(wire.options({ statusPolicy: 'endpoints' }));
      legacy.get('/teapot', () => {
        throw new ImATeapotException();
      });
      app.route('/legacy', legacy);
      app.get(
        '/stream',
        wire.route(() =>
          HttpResponse.stream(
            (async function* () {
              pulled++;
              yield 'chunk';
            })(),
            { contentType: 'text/plain' },
          ),
        ),
      );
    });
    expect((await rawRequest(port, { method: 'GET', path: '/legacy/teapot' })).status).toBe(404);
    const head = await rawRequest(port, { method: 'HEAD', path: '/stream' });
    expect([head.status, head.body.length, pulled]).toEqual([200, 0, 0]);
    const unknown = await rawRequest(port, { method: 'GET', path: '/no/such' });
    expect(JSON.parse(unknown.body.toString()).code).toBe('ROUTE_NOT_FOUND');
  });
});
