import type { AddressInfo } from 'node:net';
import { type RawResponse, rawRequest } from '@httpwire/conformance';
import {
  HttpResponse,
  InternalServerErrorException,
  markUpstream,
  NotFoundException,
  type ToWireOptions,
} from '@httpwire/core';
import express from 'express';
import express4 from 'express4';
import createError from 'http-errors';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { httpwire, rejectOversizedBody } from './index.js';

type ExpressFactory = typeof express;
const running: { close(): void }[] = [];

afterEach(() => {
  for (const server of running.splice(0)) server.close();
});

/** What `console.error` is called with, instead of printing it, until `restore()`. */
function captureConsoleError(): { logged: unknown[][]; restore(): void } {
  const logged: unknown[][] = [];
  const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    logged.push(args);
  });
  return { logged, restore: () => spy.mockRestore() };
}

async function serve(
  factory: ExpressFactory,
  setup: (app: ReturnType<ExpressFactory>, wire: ReturnType<typeof httpwire>) => void,
  options?: ToWireOptions,
): Promise<number> {
  const app = factory();
  app.set('x-powered-by', false);
  const wire = httpwire(options);
  setup(app, wire);
  app.use(wire.notFound);
  app.use(wire.errorHandler);
  const server = app.listen(0, '127.0.0.1');
  running.push(server);
  await new Promise((resolve) => server.once('listening', resolve));
  return (server.address() as AddressInfo).port;
}

const header = (response: RawResponse, name: string) =>
  response.headers.find(([key]) => key.toLowerCase() === name)?.[1];
const get = (port: number, path: string) => rawRequest(port, { method: 'GET', path });

describe.each([
  ['Express 5', express],
  ['Express 4', express4 as unknown as ExpressFactory],
])('@httpwire/express on %s', (_, factory) => {
  it('writes what a route returns: HttpResponses as built, values the Express way, nothing as 204', async () => {
    const port = await serve(factory, (app, wire) => {
      app.set('etag', false);
      app.get(
        '/json',
        wire.route(() => ({ id: '1' })),
      );
      app.get(
        '/text',
        wire.route(async () => 'hi'),
      );
      app.get(
        '/nothing',
        wire.route(async () => undefined),
      );
      app.get(
        '/response',
        wire.route(() => HttpResponse.text('<a/>', { contentType: 'text/xml' })),
      );
      app.get(
        '/circular',
        wire.route(() => {
          const value: Record<string, unknown> = {};
          value.self = value;
          return value;
        }),
      );
    });
    const json = await get(port, '/json');
    expect([json.status, header(json, 'content-type'), json.body.toString()]).toEqual([
      200,
      'application/json; charset=utf-8',
      '{"id":"1"}',
    ]);
    expect(header(json, 'etag')).toBeUndefined();
    const text = await get(port, '/text');
    expect([text.body.toString(), header(text, 'content-type')]).toEqual(['hi', 'text/plain; charset=utf-8']);
    const nothing = await get(port, '/nothing');
    expect([nothing.status, header(nothing, 'content-length'), header(nothing, 'content-type')]).toEqual([
      204,
      undefined,
      undefined,
    ]);
    const response = await get(port, '/response');
    expect([header(response, 'content-type'), response.body.toString()]).toEqual(['text/xml', '<a/>']);
    expect((await get(port, '/circular')).status).toBe(500);
  });

  it('leaves the response to a handler that takes `res` and returns nothing', async () => {
    const port = await serve(factory, (app, wire) => {
      app.get(
        '/later',
        wire.route((_req, res) => {
          setTimeout(() => res.status(202).type('text').send('accepted'), 20);
        }),
      );
    });
    const later = await get(port, '/later');
    expect([later.status, later.body.toString()]).toEqual([202, 'accepted']);
  });

  it('logs reported errors with their stack through console.error by default, as Express does', async () => {
    const { logged, restore } = captureConsoleError();
    try {
      const port = await serve(factory, (app, wire) => {
        app.set('env', 'development');
        app.get(
          '/crash',
          wire.route(() => {
            throw new Error('disk went away');
          }),
        );
        app.get(
          '/missing',
          wire.route(() => {
            throw new NotFoundException();
          }),
        );
      });
      await get(port, '/missing');
      expect(logged).toEqual([]);
      await get(port, '/crash');
      expect(logged).toHaveLength(1);
      expect(String(logged[0]?.[0])).toMatch(/^Error: disk went away\n\s+at /);
    } finally {
      restore();
    }
  });

  it('escapes an upstream’s detail in the default log: no forged line, no terminal escape', async () => {
    const { logged, restore } = captureConsoleError();
    try {
      const port = await serve(factory, (app, wire) => {
        app.set('env', 'development');
        app.get(
          '/upstream',
          wire.route(() => {
            // What @httpwire/client makes of an upstream 500 whose detail forges a line.
            throw markUpstream(new InternalServerErrorException('db down\n[INFO] all good\u001b[2K'));
          }),
        );
      });
      expect((await get(port, '/upstream')).status).toBe(502);
      const text = String(logged[0]?.[0]);
      expect(text.split('\n')[0]).toBe('InternalServerErrorException: db down\\n[INFO] all good\\x1b[2K');
      expect([text.includes('\u001b'), text.includes('\n[INFO]')]).toEqual([false, false]);
      expect(text).toMatch(/\n\s+at /);
    } finally {
      restore();
    }
  });

  it('answers a declared body over the limit at once with rejectOversizedBody', async () => {
    const port = await serve(factory, (app, wire) => {
      app.post(
        '/upload',
        rejectOversizedBody(100),
        factory.json({ limit: 100 }),
        wire.route((req) => req.body),
      );
    });
    const response = await rawRequest(port, {
      method: 'POST',
      path: '/upload',
      headers: { 'Content-Type': 'application/json', 'Content-Length': '5000000' },
      observeClose: true,
    });
    expect([response.status, header(response, 'connection'), response.closedByServer]).toEqual([413, 'close', true]);
  });

  it('writes thrown values, sync and async, and errors passed to next()', async () => {
    const port = await serve(factory, (app, wire) => {
      app.get(
        '/sync',
        wire.route(() => {
          throw new NotFoundException('gone');
        }),
      );
      app.get(
        '/async',
        wire.route(async () => {
          throw new Error('hunter2');
        }),
      );
      app.get('/next', (_req, _res, next) => next(createError(409, 'Taken')));
    });
    const sync = await get(port, '/sync');
    expect([sync.status, sync.statusLine]).toEqual([404, 'HTTP/1.1 404 Not Found']);
    const crash = await get(port, '/async');
    expect(crash.status).toBe(500);
    expect(crash.body.toString()).not.toContain('hunter2');
    const next = await get(port, '/next');
    expect([next.status, JSON.parse(next.body.toString()).detail]).toEqual([409, 'Taken']);
  });

  it('makes unmatched routes a 404 problem', async () => {
    const port = await serve(factory, () => {});
    const response = await get(port, '/nowhere?x=1');
    expect(response.status).toBe(404);
    expect(JSON.parse(response.body.toString()).detail).toBe('No route matches the path "/nowhere".');
  });

  it('applies router-level options to its routes and to errors that leave the router', async () => {
    const port = await serve(factory, (app, wire) => {
      const legacy = factory.Router();
      legacy.use(wire.options({ statusPolicy: 'endpoints' }));
      legacy.get(
        '/teapot',
        wire.route(() => HttpResponse.json({}, { status: 418 })),
      );
      legacy.get('/next', (_req, _res, next) => next(createError(418)));
      app.use('/legacy', legacy);
      app.get(
        '/teapot',
        wire.route(() => HttpResponse.json({}, { status: 418 })),
      );
    });
    expect((await get(port, '/legacy/teapot')).status).toBe(404);
    expect((await get(port, '/legacy/next')).status).toBe(404);
    expect((await get(port, '/teapot')).status).toBe(418);
  });

  it('keeps headers that middleware set, but not stale framing', async () => {
    const port = await serve(factory, (app, wire) => {
      app.use((_req, res, next) => {
        res.setHeader('X-Request-Id', 'r-1');
        res.setHeader('Content-Length', '999');
        next();
      });
      app.get(
        '/missing',
        wire.route(() => {
          throw new NotFoundException();
        }),
      );
    });
    const response = await get(port, '/missing');
    expect(header(response, 'x-request-id')).toBe('r-1');
    expect(Number(header(response, 'content-length'))).toBe(response.body.byteLength);
  });

  it('cuts the connection for an error after the headers went out, and reports it once', async () => {
    const reports: unknown[] = [];
    const port = await serve(
      factory,
      (app, wire) => {
        app.get(
          '/late',
          wire.route(async (_req, res) => {
            res.writeHead(200, { 'Content-Type': 'text/plain' });
            res.write('partial');
            await new Promise((resolve) => setTimeout(resolve, 10));
            throw new Error('too late');
          }),
        );
      },
      { onError: (error) => reports.push(error) },
    );
    const response = await get(port, '/late');
    expect(response.status).toBe(200);
    expect(response.complete).toBe(false);
    expect(reports).toHaveLength(1);
    expect((await get(port, '/nowhere')).status).toBe(404);
  });

  it('passes format and exposeInternalErrors through', async () => {
    const port = await serve(
      factory,
      (app, wire) => {
        app.get(
          '/crash',
          wire.route(() => {
            throw new Error('visible in development');
          }),
        );
      },
      {
        exposeInternalErrors: true,
        format: (error, { problem }) => HttpResponse.json({ oops: problem.detail ?? error.code }),
      },
    );
    const response = await get(port, '/crash');
    expect([response.status, response.body.toString()]).toEqual([500, '{"oops":"visible in development"}']);
  });
});
