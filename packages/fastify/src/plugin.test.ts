import { http2Exchange, type RawResponse, rawRequest, warningsDuring } from '@httpwire/conformance';
import { HttpResponse, ImATeapotException, NotFoundException, type ToWireOptions } from '@httpwire/core';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { httpwire, httpwireOptions } from './index.js';

const apps: FastifyInstance[] = [];

afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

async function serve(
  setup: (app: FastifyInstance) => void | Promise<void>,
  options: ToWireOptions = {},
): Promise<number> {
  const app = Fastify();
  apps.push(app);
  await app.register(httpwire, options);
  await setup(app);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  return typeof address === 'object' && address !== null ? address.port : 0;
}

const header = (response: RawResponse, name: string) =>
  response.headers.find(([key]) => key.toLowerCase() === name)?.[1];
const get = (port: number, path: string) => rawRequest(port, { method: 'GET', path });

describe('@httpwire/fastify', () => {
  it('leaves plain values to Fastify and writes returned or sent HttpResponses exactly as built', async () => {
    const port = await serve((app) => {
      app.get('/json', async () => ({ id: '1' }));
      app.get('/text', async () => 'hi');
      app.get('/response', () => HttpResponse.text('<a/>', { contentType: 'text/xml' }));
      app.get('/sent', (_request, reply) => {
        reply.send(HttpResponse.json({ sent: true }, { status: 202 }));
      });
      app.get('/empty', async () => HttpResponse.noContent());
      app.get('/manual', (_request, reply) => {
        setTimeout(() => reply.send('sent later'), 5);
      });
    });
    const json = await get(port, '/json');
    expect([json.status, header(json, 'content-type'), json.body.toString()]).toEqual([
      200,
      'application/json; charset=utf-8',
      '{"id":"1"}',
    ]);
    expect(header(await get(port, '/text'), 'content-type')).toBe('text/plain; charset=utf-8');
    const response = await get(port, '/response');
    expect([header(response, 'content-type'), response.body.toString()]).toEqual(['text/xml', '<a/>']);
    const sent = await get(port, '/sent');
    expect([sent.status, header(sent, 'content-type'), sent.body.toString()]).toEqual([
      202,
      'application/json',
      '{"sent":true}',
    ]);
    const empty = await get(port, '/empty');
    expect([empty.status, header(empty, 'content-type'), header(empty, 'content-length')]).toEqual([
      204,
      undefined,
      undefined,
    ]);
    expect((await get(port, '/manual')).body.toString()).toBe('sent later');
  });

  it('keeps Fastify serialization for routes with a response schema', async () => {
    const port = await serve((app) => {
      app.get(
        '/schema',
        { schema: { response: { 200: { type: 'object', properties: { id: { type: 'string' } } } } } },
        async () => ({ id: '1', secret: 'stripped by the schema' }),
      );
    });
    const response = await get(port, '/schema');
    expect(response.body.toString()).toBe('{"id":"1"}');
  });

  it('writes thrown values and makes unmatched routes a 404 problem', async () => {
    const port = await serve((app) => {
      app.get('/missing', async () => {
        throw new NotFoundException('gone');
      });
      app.get('/crash', () => {
        throw new Error('hunter2');
      });
    });
    const missing = await get(port, '/missing');
    expect([missing.statusLine, header(missing, 'content-type')]).toEqual([
      'HTTP/1.1 404 Not Found',
      'application/problem+json',
    ]);
    const crash = await get(port, '/crash');
    expect(crash.status).toBe(500);
    expect(crash.body.toString()).not.toContain('hunter2');
    expect((await get(port, '/nowhere')).status).toBe(404);
  });

  it('turns schema validation into a 422 validation problem, for the body, the query string, params and headers', async () => {
    const app = Fastify({ ajv: { customOptions: { allErrors: true, coerceTypes: false } } });
    apps.push(app);
    await app.register(httpwire);
    const name = { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 2 } } };
    app.post('/things', { schema: { body: name } }, async () => ({ ok: true }));
    app.get(
      '/things/:id',
      {
        schema: {
          params: { type: 'object', properties: { id: { type: 'string', pattern: '^\\d+$' } } },
          querystring: { type: 'object', properties: { limit: { type: 'string', maxLength: 2 } } },
          headers: { type: 'object', required: ['x-tenant'] },
        },
      },
      async () => ({ ok: true }),
    );
    await app.listen({ host: '127.0.0.1', port: 0 });
    const port = (app.server.address() as { port: number }).port;
    const errorsOf = async (request: Parameters<typeof rawRequest>[1]) => {
      const response = await rawRequest(port, request);
      expect([response.status, header(response, 'content-type')]).toEqual([422, 'application/problem+json']);
      return JSON.parse(response.body.toString()).errors;
    };
    const body = { method: 'POST', path: '/things', headers: { 'Content-Type': 'application/json' } };
    expect(await errorsOf({ ...body, body: '{}' })).toEqual([
      { pointer: '#/name', code: 'required', detail: 'A value is required.' },
    ]);
    expect(await errorsOf({ ...body, body: '{"name":"x"}' })).toEqual([
      { pointer: '#/name', code: 'too_short', detail: 'The text is too short.' },
    ]);
    expect(await errorsOf({ method: 'GET', path: '/things/abc', headers: { 'x-tenant': 't' } })).toEqual([
      { in: 'path', pointer: '#/id', code: 'pattern', detail: 'The value does not match the expected pattern.' },
    ]);
    expect(await errorsOf({ method: 'GET', path: '/things/1?limit=100', headers: { 'x-tenant': 't' } })).toEqual([
      { in: 'query', pointer: '#/limit', code: 'too_long', detail: 'The text is too long.' },
    ]);
    expect(await errorsOf({ method: 'GET', path: '/things/1' })).toEqual([
      { in: 'header', pointer: '#/x-tenant', code: 'required', detail: 'A value is required.' },
    ]);
  });

  it('overrides options per route and per context', async () => {
    const port = await serve(async (app) => {
      app.get('/route', { config: { httpwire: { statusPolicy: 'endpoints' } } }, () =>
        HttpResponse.json({}, { status: 418 }),
      );
      await app.register(async (legacy) => {
        await legacy.register(httpwireOptions, { statusPolicy: 'endpoints' });
        legacy.get('/context', () => HttpResponse.json({}, { status: 418 }));
        legacy.get('/context-throw', () => {
          throw new NotFoundException('x', { status: 418 } as never);
        });
        legacy.get('/context-reject', async () => {
          throw new ImATeapotException();
        });
        legacy.get('/context-hook', { preHandler: async () => Promise.reject(new ImATeapotException()) }, () => 'x');
      });
      app.get('/plain', () => HttpResponse.json({}, { status: 418 }));
      app.get('/plain-throw', () => {
        throw new ImATeapotException();
      });
    });
    expect((await get(port, '/route')).status).toBe(404);
    expect((await get(port, '/context')).status).toBe(404);
    expect((await get(port, '/context-throw')).status).toBe(404);
    expect((await get(port, '/context-reject')).status).toBe(404);
    expect((await get(port, '/context-hook')).status).toBe(404);
    expect((await get(port, '/plain')).status).toBe(418);
    expect((await get(port, '/plain-throw')).status).toBe(418);
  });

  it('labels Fastify’s refusal of JSON with a __proto__ key as such, not as invalid JSON, and keeps the refusal', async () => {
    const port = await serve((app) => {
      app.post('/echo', async (request) => request.body);
    });
    const post = (body: string) =>
      rawRequest(port, { method: 'POST', path: '/echo', headers: { 'Content-Type': 'application/json' }, body });
    const codeOf = async (body: string) => {
      const response = await post(body);
      return [response.status, (JSON.parse(response.body.toString()) as { code?: string }).code];
    };
    expect(await codeOf('{"a":1,"__proto__":{"x":1}}')).toEqual([400, 'FORBIDDEN_PROTOTYPE_KEY']);
    expect(await codeOf('{"constructor":{"prototype":{}}}')).toEqual([400, 'FORBIDDEN_PROTOTYPE_KEY']);
    expect(await codeOf('{"a":')).toEqual([400, 'INVALID_JSON']);
    expect((await post('{"a":1}')).body.toString()).toBe('{"a":1}');
  });

  it('never replaces the app’s own error handler silently', async () => {
    const before = Fastify();
    apps.push(before);
    before.setErrorHandler((_error, _request, reply) => reply.send('mine'));
    await expect(before.register(httpwire)).rejects.toThrow(/would replace the error handler/);

    const after = Fastify();
    apps.push(after);
    await after.register(httpwire);
    after.setErrorHandler((_error, _request, reply) => reply.send('mine'));
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
    await after.ready();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/replaced it/), 'HttpwireWarning');
    warn.mockRestore();
  });

  it('lets a child context error handler pass errors on', async () => {
    const port = await serve(async (root) => {
      await root.register(async (child) => {
        child.setErrorHandler((error) => {
          throw error;
        });
        child.get('/child', () => {
          throw new NotFoundException('from the child');
        });
      });
    });
    const response = await get(port, '/child');
    expect([response.status, JSON.parse(response.body.toString()).detail]).toEqual([404, 'from the child']);
  });

  it('can leave the error and not-found handlers to the app', async () => {
    const app = Fastify();
    apps.push(app);
    await app.register(httpwire, { errorHandler: false, notFoundHandler: false });
    app.setErrorHandler((_error, _request, reply) => reply.code(599).send('mine'));
    app.get('/x', () => {
      throw new Error('x');
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    expect((await get(port, '/x')).status).toBe(599);
  });

  it('sends HEAD with the GET headers on automatic HEAD routes', async () => {
    const port = await serve((app) => {
      app.get('/text', () => HttpResponse.text('Hello, World!'));
      app.get('/missing', () => {
        throw new NotFoundException('gone');
      });
    });
    for (const path of ['/text', '/missing']) {
      const got = await get(port, path);
      const head = await rawRequest(port, { method: 'HEAD', path });
      expect(header(head, 'content-length')).toBe(header(got, 'content-length'));
      expect(head.body.byteLength).toBe(0);
    }
  });
});

describe('@httpwire/fastify, logging and HTTP/2', () => {
  it('logs reported errors through request.log by default, with the request id, and not 4xx', async () => {
    const lines: Record<string, unknown>[] = [];
    const stream = { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) };
    const app = Fastify({ logger: { stream, level: 'error' } });
    apps.push(app);
    await app.register(httpwire);
    app.get('/crash', async () => {
      throw new Error('disk went away');
    });
    app.get('/missing', async () => {
      throw new NotFoundException();
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const port = (app.server.address() as { port: number }).port;
    await get(port, '/missing');
    expect(lines).toEqual([]);
    expect((await get(port, '/crash')).status).toBe(500);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 50, msg: 'disk went away', reqId: expect.any(String) });
    expect((lines[0]?.err as { stack?: string } | undefined)?.stack).toMatch(/^Error: disk went away/);
  });

  it('answers errors over HTTP/2 without a status message or connection header, so Node warns about nothing', async () => {
    const app = Fastify({ http2: true });
    try {
      await app.register(httpwire);
      app.post('/echo', async (request) => request.body);
      await app.listen({ host: '127.0.0.1', port: 0 });
      const port = (app.server.address() as { port: number }).port;
      let responses: Record<string, unknown>[] = [];
      const warnings = await warningsDuring(async () => {
        responses = await http2Exchange(port, [
          { headers: { ':method': 'GET', ':path': '/nowhere' } },
          { headers: { ':method': 'POST', ':path': '/echo', 'content-type': 'application/json' }, body: '{' },
        ]);
      });
      const [missing, rejected] = responses;
      expect([missing?.[':status'], rejected?.[':status'], rejected?.connection]).toEqual([404, 400, undefined]);
      expect(warnings).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
