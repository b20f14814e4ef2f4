import { http2Exchange, rawRequest, responseHeader, warningsDuring } from '@httpwire/conformance';
import { HttpResponse, NotFoundException, requestRejection } from '@httpwire/core';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyReplyLike } from './fastify-reply-like.js';
import { sendOutcome } from './send-outcome.js';

const apps: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

async function listen(app: FastifyInstance): Promise<number> {
  apps.push(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  return (app.server.address() as { port: number }).port;
}

const asReply = (reply: unknown) => reply as FastifyReplyLike;

describe('sendOutcome on a Fastify reply', () => {
  it('hands onSend hooks text and JSON as strings and bytes as a Buffer, with core’s headers untouched', async () => {
    const app = Fastify();
    const seen: string[] = [];
    app.addHook('onSend', async (_request, _reply, payload) => {
      seen.push(typeof payload === 'string' ? 'string' : Buffer.isBuffer(payload) ? 'buffer' : typeof payload);
      return typeof payload === 'string' ? payload.replace('World', 'Fastify') : payload;
    });
    app.get('/text', (_request, reply) => sendOutcome(asReply(reply), HttpResponse.text('Hello, World!'), {}));
    app.get('/bytes', (_request, reply) =>
      sendOutcome(asReply(reply), HttpResponse.binary(new Uint8Array([0xff, 0x00])), {}),
    );
    app.get('/problem', (_request, reply) => sendOutcome(asReply(reply), new NotFoundException('No World.'), {}));
    const port = await listen(app);
    const text = await rawRequest(port, { method: 'GET', path: '/text' });
    expect([text.body.toString(), responseHeader(text, 'content-type')]).toEqual([
      'Hello, Fastify!',
      'text/plain; charset=utf-8',
    ]);
    expect(Number(responseHeader(text, 'content-length'))).toBe(text.body.byteLength);
    const bytes = await rawRequest(port, { method: 'GET', path: '/bytes' });
    expect([...bytes.body]).toEqual([0xff, 0x00]);
    const problem = await rawRequest(port, { method: 'GET', path: '/problem' });
    expect(responseHeader(problem, 'content-type')).toBe('application/problem+json');
    expect(seen).toEqual(['string', 'buffer', 'string']);
  });

  it('keeps a Latin-1 header value as its byte, which a string body would send as UTF-8', async () => {
    const app = Fastify();
    app.get('/', (_request, reply) =>
      sendOutcome(asReply(reply), new NotFoundException('No such café.', { headers: { 'x-a': 'café' } }), {}),
    );
    const port = await listen(app);
    const response = await rawRequest(port, { method: 'GET', path: '/' });
    expect([response.status, responseHeader(response, 'x-a')]).toEqual([404, 'café']);
    expect(JSON.parse(response.body.toString()).detail).toBe('No such café.');
  });

  it('sends an automatic HEAD route the GET headers without a body', async () => {
    const app = Fastify();
    app.get('/', (_request, reply) => sendOutcome(asReply(reply), HttpResponse.json({ a: 'b' }), {}));
    const port = await listen(app);
    const [head, full] = [
      await rawRequest(port, { method: 'HEAD', path: '/' }),
      await rawRequest(port, { method: 'GET', path: '/' }),
    ];
    expect([head.status, head.body.byteLength, responseHeader(head, 'content-length')]).toEqual([200, 0, '9']);
    expect(responseHeader(head, 'content-type')).toBe(responseHeader(full, 'content-type'));
  });

  it('sends no status message and no connection header over HTTP/2, and Node warns about nothing', async () => {
    const app = Fastify({ http2: true });
    app.post('/', (_request, reply) => sendOutcome(asReply(reply), requestRejection('invalid-json'), {}));
    apps.push(app as unknown as FastifyInstance);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as { port: number }).port;
    let responses: Record<string, unknown>[] = [];
    const warnings = await warningsDuring(async () => {
      responses = await http2Exchange(port, [{ headers: { ':method': 'POST', ':path': '/' }, body: '{' }]);
    });
    const [rejected] = responses;
    expect([rejected?.[':status'], rejected?.connection, rejected?.['content-type']]).toEqual([
      400,
      undefined,
      'application/problem+json',
    ]);
    expect(warnings).toEqual([]);
  });
});
