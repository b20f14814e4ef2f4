import { HttpResponse, NotFoundException } from '@httpwire/core';
import { httpwire } from '@httpwire/fastify';
import Fastify from 'fastify';
import { COOKIES, crash, JSON_BODY, TEXT_BODY } from '../routes.js';
import { countReportedError, HOST, portOf, type RunningServer } from './running-server.js';

/** Fastify 5 with `@httpwire/fastify`: a plain value (Fastify's), an `HttpResponse` (httpwire's), or a throw. */
export async function startFastifyHttpwire(): Promise<RunningServer> {
  const app = Fastify({ logger: false });
  await app.register(httpwire, { onError: countReportedError });
  app.get('/json', async () => JSON_BODY);
  app.get('/response-json', async () => HttpResponse.json(JSON_BODY));
  app.get('/throw-404', () => {
    throw new NotFoundException();
  });
  app.get('/crash', async () => crash());
  app.get('/text', async () => HttpResponse.text(TEXT_BODY, { headers: { 'set-cookie': COOKIES } }));
  await app.listen({ port: 0, host: HOST });
  return { port: portOf(app.server), close: () => app.close() };
}
