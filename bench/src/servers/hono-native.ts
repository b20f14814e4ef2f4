import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { COOKIES, crash, JSON_BODY, NATIVE_NOT_FOUND_BODY, TEXT_BODY } from '../routes.js';
import { HOST, type RunningServer } from './running-server.js';

/** Hono 4 as its docs write it: `c.json`, `HTTPException`, and an `onError` that answers with its response. */
export function startHonoNative(): Promise<RunningServer> {
  const app = new Hono();
  app.onError((error, c) =>
    error instanceof HTTPException ? error.getResponse() : c.text('Internal Server Error', 500),
  );
  app.get('/json', (c) => c.json(JSON_BODY));
  app.get('/throw-404', () => {
    throw new HTTPException(404, { message: 'Not Found' });
  });
  const prebuilt = new HTTPException(404, { message: 'Not Found' });
  app.get('/throw-prebuilt-404', () => {
    throw prebuilt;
  });
  app.get('/direct-404', (c) => c.json(NATIVE_NOT_FOUND_BODY, 404));
  app.get('/crash', () => crash());
  app.get('/text', (c) => {
    for (const cookie of COOKIES) c.header('set-cookie', cookie, { append: true });
    return c.text(TEXT_BODY);
  });
  return listen(app);
}

/** Serves a Hono app on loopback through `@hono/node-server`. */
export function listen(app: Hono): Promise<RunningServer> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: HOST, port: 0 }, (info: AddressInfo) =>
      resolve({ port: info.port, close: () => new Promise((done) => server.close(() => done())) }),
    );
  });
}
