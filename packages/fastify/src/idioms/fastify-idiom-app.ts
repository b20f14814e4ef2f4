import { createReadStream } from 'node:fs';
import { basename, dirname } from 'node:path';
import { Readable } from 'node:stream';
import compress from '@fastify/compress';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import sensible from '@fastify/sensible';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { IDIOM_ORIGIN, type IdiomServer } from '@httpwire/conformance';
import Fastify, { type FastifyInstance } from 'fastify';
import { httpwire } from '../index.js';

export const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const BIG = { items: Array.from({ length: 200 }, (_, index) => ({ index, name: `item ${index}` })) };

/**
 * One app written the way Fastify's docs and its core plugins write it, registered with or without httpwire.
 * The routes are the same code both ways: with httpwire, nothing in them changes.
 */
export async function fastifyIdiomApp(withHttpwire: boolean, file: string): Promise<FastifyInstance> {
  const app = Fastify();
  if (withHttpwire) await app.register(httpwire, { onError: () => {} });
  await app.register(sensible);
  await app.register(swagger, { openapi: { info: { title: 'idioms', version: '1.0.0' } } });
  await app.register(multipart, { limits: { fileSize: 16 } });
  await app.register(fastifyStatic, { root: dirname(file), prefix: '/static/' });

  app.get('/created', async (_request, reply) => {
    reply.code(201);
    return { id: 1 };
  });
  app.get('/html', async (_request, reply) => {
    reply.type('text/html');
    return '<p>Hello</p>';
  });
  app.get('/xml', async (_request, reply) => {
    reply.type('application/xml');
    return '<a/>';
  });
  app.get('/png', async (_request, reply) => {
    reply.type('image/png');
    return PNG;
  });
  app.get('/file-stream', async () => createReadStream(file));
  app.get('/readable', async () => Readable.from(['chunk-1\n', 'chunk-2\n']));
  app.get('/nothing', async () => undefined);
  app.get(
    '/schema',
    { schema: { response: { 200: { type: 'object', properties: { id: { type: 'string' } } } } } },
    async () => ({ id: '1', secret: 'stripped by the schema' }),
  );
  app.get('/redirect', async (_request, reply) => reply.redirect('/created'));
  app.get('/hijacked', (_request, reply) => {
    reply.hijack();
    reply.raw.writeHead(200, { 'content-type': 'text/plain' });
    reply.raw.end('raw');
  });
  app.get('/send-file', (_request, reply) => reply.sendFile(basename(file)));
  app.get('/code-then-send-error', (_request, reply) => {
    reply.code(404).send(new Error('token hunter2'));
  });
  app.get('/sensible-not-found', (_request, reply) => {
    reply.notFound();
  });
  app.get('/sensible-conflict', async () => {
    throw app.httpErrors.conflict('That name is taken.');
  });
  app.get('/throws', async () => {
    throw new Error('db password is hunter2');
  });
  app.post(
    '/validated',
    { schema: { body: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } } },
    async (request) => request.body,
  );
  app.post('/upload', async (request) => {
    const part = await request.file();
    const bytes = await part?.toBuffer();
    return { size: bytes?.byteLength };
  });
  app.get('/openapi.json', async () => app.swagger());

  await app.register(async (hooked) => {
    // The onSend example of Fastify's Hooks reference.
    hooked.addHook('onSend', (_request, _reply, payload, done) => {
      done(null, typeof payload === 'string' ? payload.replace('some-text', 'some-new-text') : payload);
    });
    hooked.get('/on-send', async () => ({ note: 'some-text' }));
  });
  await app.register(async (scope) => {
    await scope.register(cors, { origin: IDIOM_ORIGIN });
    scope.get('/cors/ok', async () => ({ ok: true }));
    scope.get('/cors/fail', async () => {
      throw app.httpErrors.forbidden('Not yours.');
    });
  });
  await app.register(async (scope) => {
    await scope.register(compress, { threshold: 0 });
    scope.get('/compressed/big', async () => BIG);
    scope.get('/compressed/fail', async () => {
      throw app.httpErrors.notFound('No such report.');
    });
  });
  await app.register(async (scope) => {
    await scope.register(helmet);
    scope.get('/helmet/ok', async () => ({ ok: true }));
    scope.get('/helmet/fail', async () => {
      throw app.httpErrors.badRequest('Bad input.');
    });
  });
  await app.register(async (scope) => {
    await scope.register(rateLimit, { max: 2, timeWindow: 60_000 });
    scope.get('/limited/ok', async () => ({ ok: true }));
  });
  return app;
}

/** Starts an app on 127.0.0.1, port 0. */
export async function listen(app: FastifyInstance): Promise<IdiomServer> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { port: (app.server.address() as { port: number }).port, close: () => app.close() };
}
