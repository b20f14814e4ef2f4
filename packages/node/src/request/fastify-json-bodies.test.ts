import { connect } from 'node:net';
import { rawRequest, responseHeader } from '@httpwire/conformance';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { type FastifyReplyLike, sendError } from '../index.js';
import { watchFastifyJsonBodies } from './fastify-json-bodies.js';

const apps: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

/** Errors the apps' error handler was given, in order. */
const errors: unknown[] = [];

/** A Fastify app whose errors httpwire writes, echoing parsed bodies, on 127.0.0.1 port 0. */
async function start(options: FastifyServerOptions = {}, watch = true): Promise<number> {
  const app = Fastify(options);
  apps.push(app);
  if (watch) watchFastifyJsonBodies(app);
  app.setErrorHandler((error, _request, reply) => {
    errors.push(error);
    return sendError(reply as unknown as FastifyReplyLike, error, {});
  });
  app.post('/echo', async (request) => request.body);
  await app.listen({ port: 0, host: '127.0.0.1' });
  return (app.server.address() as { port: number }).port;
}

const post = (port: number, body: string, contentType = 'application/json') =>
  rawRequest(port, {
    method: 'POST',
    path: '/echo',
    headers: { 'Content-Type': contentType },
    body,
    observeClose: true,
  });

const codeOf = (response: { body: Buffer }) => (JSON.parse(response.body.toString()) as { code?: string }).code;

describe('watchFastifyJsonBodies', () => {
  it('answers valid JSON that Fastify refuses for a __proto__ or constructor.prototype key with its own 400', async () => {
    const port = await start();
    for (const body of [
      '{"a":1,"__proto__":{"x":1}}',
      '{"a":{"constructor":{"prototype":{"x":1}}}}',
      '[{"\\u005f_proto__":1}]',
    ]) {
      const response = await post(port, body);
      expect(response.status, body).toBe(400);
      expect(JSON.parse(response.body.toString())).toEqual({
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail:
          'The request body is JSON with a "__proto__" or "constructor.prototype" key, which this server does not accept.',
        code: 'FORBIDDEN_PROTOTYPE_KEY',
      });
      expect(responseHeader(response, 'connection')).toBe('close');
      expect(response.closedByServer).toBe(true);
    }
  });

  it('sees the whole body when it arrived before the hook ran (an async onRequest hook, as Nest’s middleware)', async () => {
    const app = Fastify();
    apps.push(app);
    // Waits until the whole body sits in the request's buffer, before any preParsing hook runs.
    app.addHook('onRequest', async (request) => {
      const length = Number(request.headers['content-length'] ?? 0);
      for (let waited = 0; request.raw.readableLength < length && waited < 20_000; waited += 5) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    });
    watchFastifyJsonBodies(app);
    app.setErrorHandler((error, _request, reply) => sendError(reply as unknown as FastifyReplyLike, error, {}));
    app.post('/echo', async (request) => request.body);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as { port: number }).port;
    expect(codeOf(await post(port, '{"a":1,"__proto__":{"x":1}}'))).toBe('FORBIDDEN_PROTOTYPE_KEY');
    expect((await post(port, '{"a":1}')).body.toString()).toBe('{"a":1}');
  });

  it('leaves invalid JSON, and everything Fastify accepts, as they were', async () => {
    const port = await start();
    expect(codeOf(await post(port, '{"__proto__":'))).toBe('INVALID_JSON');
    expect(codeOf(await post(port, '{"a":1'))).toBe('INVALID_JSON');
    const accepted = await post(port, '{"constructor":{"name":"x"},"a":[1,2]}');
    expect([accepted.status, accepted.body.toString()]).toEqual([200, '{"constructor":{"name":"x"},"a":[1,2]}']);
    expect(codeOf(await post(port, 'x'.repeat(2000), 'application/json'))).toBe('INVALID_JSON');
  });

  it('keeps Fastify’s choice: with onProtoPoisoning "remove", the body is accepted without the key', async () => {
    const port = await start({ onProtoPoisoning: 'remove' });
    const response = await post(port, '{"a":1,"__proto__":{"x":1}}');
    expect([response.status, response.body.toString()]).toEqual([200, '{"a":1}']);
  });

  it('keeps the body limit, and hands Fastify the hang-up of a client that stops mid-body, as it was', async () => {
    const port = await start({ bodyLimit: 64 });
    const large = await post(port, JSON.stringify({ a: 'x'.repeat(100) }));
    expect([large.status, codeOf(large)]).toEqual([413, 'CONTENT_TOO_LARGE']);
    errors.length = 0;
    const socket = connect(port, '127.0.0.1', () =>
      socket.end('POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 50\r\n\r\n{"a":'),
    );
    socket.on('error', () => {});
    socket.resume();
    for (let waited = 0; errors.length === 0 && waited < 20_000; waited += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(errors).toMatchObject([{ code: 'ECONNRESET', message: 'aborted' }]);
    socket.destroy();
  });

  it('is what tells them apart: without it, the refusal is answered as invalid JSON', async () => {
    const port = await start({}, false);
    expect(codeOf(await post(port, '{"a":1,"__proto__":{"x":1}}'))).toBe('INVALID_JSON');
  });
});
