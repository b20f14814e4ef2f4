import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { IDIOM_ORIGIN } from '@httpwire/conformance';
import { type Context, Hono } from 'hono';
import { basicAuth } from 'hono/basic-auth';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { stream } from 'hono/streaming';
import { validator } from 'hono/validator';
import { httpwire } from '../index.js';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * An app written the way Hono's docs write one, with its own middleware. With httpwire it gains only
 * `app.onError(wire.onError)` and `app.notFound(wire.notFound)`: every handler stays as it is.
 */
export function honoIdiomApp(withHttpwire: boolean): Hono {
  const app = new Hono();
  app.use('/cors/*', cors({ origin: IDIOM_ORIGIN }));
  app.use('/compressed/*', compress());
  app.use('/helmet/*', secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'self'"] } }));
  app.use('/etag/*', etag());
  app.use('/request-id/*', requestId());
  app.use('/admin/*', basicAuth({ username: 'ada', password: 'lovelace' }));

  app.get('/created', (c) => {
    c.status(201);
    return c.json({ created: true });
  });
  app.get('/html', (c) => c.html('<h1>Hello</h1>'));
  app.get('/png', (c) => c.body(PNG, 200, { 'Content-Type': 'image/png' }));
  app.get('/text', (c) => c.text('plain words'));
  app.get('/header', (c) => {
    c.header('X-Custom', 'kept');
    return c.json({ ok: true });
  });
  app.get('/stream', (c) =>
    stream(c, async (out) => {
      await out.write('one\n');
      await out.write('two\n');
    }),
  );
  app.get('/redirect', (c) => c.redirect('/text'));
  app.get('/etag/ok', (c) => c.json({ a: 'b' }));
  app.get('/request-id/ok', (c) => c.json({ ok: true }));
  app.get('/request-id/fail', () => {
    throw new HTTPException(409, { message: 'Taken.' });
  });
  app.get('/cors/ok', (c) => c.json({ cors: true }));
  app.get('/cors/fail', () => {
    throw new HTTPException(403, { message: 'Not for you.' });
  });
  app.get('/compressed/big', (c) => c.json({ items: Array.from({ length: 200 }, (_, index) => `item ${index}`) }));
  app.get('/compressed/fail', (c) => c.notFound());
  app.get('/helmet/ok', (c) => c.json({ helmet: true }));
  app.get('/helmet/fail', () => {
    throw new HTTPException(400, { message: 'Bad helmet.' });
  });
  app.get('/admin/ok', (c) => c.text('welcome'));
  app.get('/throws', () => {
    throw new Error('the database password is hunter2');
  });
  app.get('/unauthorized', () => {
    throw new HTTPException(401, { message: 'Log in first.' });
  });
  app.post(
    '/json-body',
    bodyLimit({ maxSize: 64 }),
    validator('json', (value) => value),
    (c: Context) => c.json({ received: c.req.valid('json' as never) }),
  );

  if (withHttpwire) {
    const wire = httpwire({ onError: () => {} });
    app.onError(wire.onError);
    app.notFound(wire.notFound);
  }
  return app;
}

/** Serves an app on loopback through `@hono/node-server`, port 0. */
export function listen(app: Hono): Promise<{ port: number; close(): Promise<void> }> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve({
        port: info.port,
        close: () =>
          new Promise((closed) => {
            server.close(() => closed());
            (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      }),
    );
  });
}
