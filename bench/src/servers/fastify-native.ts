import sensible from '@fastify/sensible';
import Fastify from 'fastify';
import { COOKIES, crash, JSON_BODY, NATIVE_NOT_FOUND_BODY, TEXT_BODY } from '../routes.js';
import { HOST, portOf, type RunningServer } from './running-server.js';

/** Fastify 5 as its users write it: `reply.send`, `httpErrors.notFound()`, the default error handler. */
export async function startFastifyNative(): Promise<RunningServer> {
  const app = Fastify({ logger: false });
  await app.register(sensible);
  app.get('/json', async () => JSON_BODY);
  app.get('/throw-404', () => {
    throw app.httpErrors.notFound();
  });
  const prebuilt = app.httpErrors.notFound();
  app.get('/throw-prebuilt-404', () => {
    throw prebuilt;
  });
  app.get('/direct-404', (_request, reply) => {
    reply.code(404).send(NATIVE_NOT_FOUND_BODY);
  });
  app.get('/crash', async () => crash());
  app.get('/text', (_request, reply) => {
    reply.header('set-cookie', COOKIES).type('text/plain; charset=utf-8').send(TEXT_BODY);
  });
  await app.listen({ port: 0, host: HOST });
  return { port: portOf(app.server), close: () => app.close() };
}
