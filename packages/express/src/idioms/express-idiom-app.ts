import { createReadStream } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { IDIOM_ORIGIN, type IdiomServer } from '@httpwire/conformance';
import compression from 'compression';
import cors from 'cors';
import type express from 'express';
import type { Express, RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import createError from 'http-errors';
import multer from 'multer';
import { httpwire, type WireHandler } from '../index.js';

/** The files the routes send, made by the suite. */
export interface IdiomFiles {
  text: string;
  missing: string;
}

export const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const BIG = { items: Array.from({ length: 200 }, (_, index) => ({ index, name: `item ${index}` })) };

/**
 * One app written the way Express's docs and popular middleware write it. Without httpwire, handlers write
 * the response themselves and Express's final handler answers errors; with httpwire, the same handlers return
 * their values through `wire.route()`, and httpwire answers unmatched routes and errors.
 */
export function expressIdiomApp(factory: typeof express, withHttpwire: boolean, files: IdiomFiles): Express {
  const app = factory();
  const wire = withHttpwire ? httpwire({ onError: () => {} }) : undefined;
  /** Without httpwire, `native`; with it, `returning` through `wire.route()`. */
  const route = (native: RequestHandler, returning: WireHandler): RequestHandler =>
    wire === undefined ? native : wire.route(returning);
  /** The same handler both ways; with httpwire, through `wire.route()`. */
  const same = (handler: (req: express.Request, res: express.Response) => void): RequestHandler =>
    route(handler, handler);

  app.get(
    '/created',
    route(
      (_req, res) => res.status(201).json({ id: 1 }),
      (_req, res) => {
        res.status(201);
        return { id: 1 };
      },
    ),
  );
  app.get(
    '/html',
    route(
      (_req, res) => res.type('html').send('<p>Hello</p>'),
      (_req, res) => {
        res.type('html');
        return '<p>Hello</p>';
      },
    ),
  );
  app.get(
    '/png',
    route(
      (_req, res) => res.type('png').send(PNG),
      (_req, res) => {
        res.type('png');
        return PNG;
      },
    ),
  );
  app.get(
    '/json',
    route(
      (_req, res) => res.json({ a: 'b' }),
      () => ({ a: 'b' }),
    ),
  );
  app.get(
    '/text',
    route(
      (_req, res) => res.type('text/plain').send('Hello'),
      () => 'Hello',
    ),
  );
  app.get(
    '/file-stream',
    route(
      (_req, res) => createReadStream(files.text).pipe(res),
      () => createReadStream(files.text),
    ),
  );
  app.get(
    '/readable',
    route(
      (_req, res) => Readable.from(['chunk-1\n', 'chunk-2\n']).pipe(res),
      () => Readable.from(['chunk-1\n', 'chunk-2\n']),
    ),
  );
  app.get(
    '/send-file',
    same((_req, res) => res.sendFile(files.text)),
  );
  app.get(
    '/download',
    same((_req, res) => res.download(files.text, 'report.txt')),
  );
  app.get(
    '/missing-file',
    same((_req, res) => res.sendFile(files.missing)),
  );
  app.get(
    '/redirect',
    same((_req, res) => res.redirect('/json')),
  );
  app.get('/next-404', (_req, _res, next) => next(Object.assign(new Error('token hunter2'), { status: 404 })));
  app.get('/status-then-error', (_req, res, next) => {
    res.status(404);
    next(new Error('token hunter2'));
  });
  app.get('/http-errors', (_req, _res, next) => next(createError(409, 'That name is taken.')));
  app.get(
    '/throws',
    same(() => {
      throw new Error('db password is hunter2');
    }),
  );
  app.post('/json-body', factory.json(), (req, res) => res.json(req.body));

  app.use('/cors', cors({ origin: IDIOM_ORIGIN }));
  app.get(
    '/cors/ok',
    route(
      (_req, res) => res.json({ ok: true }),
      () => ({ ok: true }),
    ),
  );
  app.get('/cors/fail', (_req, _res, next) => next(createError(403, 'Not yours.')));

  app.use('/compressed', compression({ threshold: 0 }));
  app.get(
    '/compressed/big',
    route(
      (_req, res) => res.json(BIG),
      () => BIG,
    ),
  );
  app.get('/compressed/fail', (_req, _res, next) => next(createError(404, 'No such report.')));

  app.use('/helmet', helmet());
  app.get(
    '/helmet/ok',
    route(
      (_req, res) => res.json({ ok: true }),
      () => ({ ok: true }),
    ),
  );
  app.get('/helmet/fail', (_req, _res, next) => next(createError(400, 'Bad input.')));

  app.use('/limited', rateLimit({ windowMs: 60_000, limit: 2, standardHeaders: 'draft-8', legacyHeaders: false }));
  app.get(
    '/limited/ok',
    route(
      (_req, res) => res.json({ ok: true }),
      () => ({ ok: true }),
    ),
  );

  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 16 } });
  app.post(
    '/upload',
    upload.single('file'),
    route(
      (req, res) => res.json({ size: req.file?.size }),
      (req) => ({ size: req.file?.size }),
    ),
  );

  if (wire !== undefined) {
    app.use(wire.notFound);
    app.use(wire.errorHandler);
  }
  return app;
}

/** Starts an app on 127.0.0.1, port 0. */
export async function listen(app: ReturnType<typeof express>): Promise<IdiomServer> {
  const server: Server = await new Promise((resolve) => {
    const started = app.listen(0, '127.0.0.1', () => resolve(started));
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
