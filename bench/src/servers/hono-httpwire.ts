import { HttpResponse, NotFoundException } from '@httpwire/core';
import { httpwire } from '@httpwire/hono';
import { Hono } from 'hono';
import { COOKIES, crash, JSON_BODY, TEXT_BODY } from '../routes.js';
import { listen } from './hono-native.js';
import { countReportedError, type RunningServer } from './running-server.js';

/** Hono 4 with `@httpwire/hono`: `c.json` (Hono's), an `HttpResponse` (httpwire's), or a throw. */
export function startHonoHttpwire(): Promise<RunningServer> {
  const app = new Hono();
  const wire = httpwire({ onError: countReportedError });
  app.onError(wire.onError);
  app.notFound(wire.notFound);
  app.get('/json', (c) => c.json(JSON_BODY));
  app.get(
    '/response-json',
    wire.route(() => HttpResponse.json(JSON_BODY)),
  );
  app.get('/throw-404', () => {
    throw new NotFoundException();
  });
  app.get('/crash', () => crash());
  app.get(
    '/text',
    wire.route(() => HttpResponse.text(TEXT_BODY, { headers: { 'set-cookie': COOKIES } })),
  );
  return listen(app);
}
