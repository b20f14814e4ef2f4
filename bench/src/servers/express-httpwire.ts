import { createServer } from 'node:http';
import { HttpResponse, NotFoundException } from '@httpwire/core';
import { httpwire } from '@httpwire/express';
import express from 'express';
import { COOKIES, crash, JSON_BODY, TEXT_BODY } from '../routes.js';
import { countReportedError, listenOnLoopback, type RunningServer } from './running-server.js';

/** Express 5 with `@httpwire/express`: a plain value (`res.json`), an `HttpResponse` (httpwire's), or a throw. */
export function startExpressHttpwire(): Promise<RunningServer> {
  const app = express();
  app.set('x-powered-by', false);
  app.set('etag', false);
  const wire = httpwire({ onError: countReportedError });
  app.get(
    '/json',
    wire.route(() => JSON_BODY),
  );
  app.get(
    '/response-json',
    wire.route(() => HttpResponse.json(JSON_BODY)),
  );
  app.get(
    '/throw-404',
    wire.route(() => {
      throw new NotFoundException();
    }),
  );
  app.get('/crash', wire.route(crash));
  app.get(
    '/text',
    wire.route(() => HttpResponse.text(TEXT_BODY, { headers: { 'set-cookie': COOKIES } })),
  );
  app.use(wire.notFound);
  app.use(wire.errorHandler);
  return listenOnLoopback(createServer(app));
}
