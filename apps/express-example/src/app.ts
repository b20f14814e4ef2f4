import type { Server } from 'node:http';
import { type ToWireOptions, validate } from '@httpwire/core';
import * as domain from '@httpwire/example-domain';
import { type ExpressWire, httpwire, httpwireServer, rejectEmptyBody, rejectOversizedBody } from '@httpwire/express';
import express, { type Express, type Router } from 'express';
import { Widget } from './widget-schema.js';

/** The keep-alive timeout every example app uses, so transport headers match. */
export const KEEP_ALIVE_TIMEOUT_MS = 5000;

/** Builds the Express example: the whole route catalogue through `@httpwire/express`. */
export function createExpressExample(report: domain.ReportLine = domain.stderrReport): Express {
  const app = express();
  app.set('x-powered-by', false);
  app.set('etag', false);
  const onError = domain.errorReporter(report);
  const wire = httpwire({ onError });

  app.get(
    '/entities/:id',
    wire.route((req) => domain.getEntity(req.params.id as string)),
  );
  app.get(
    '/secure',
    wire.route((req) => domain.secure(req.headers.authorization)),
  );
  app.post(
    '/predict',
    rejectOversizedBody(domain.BODY_LIMIT_BYTES),
    express.json({ limit: domain.BODY_LIMIT_BYTES, strict: false, verify: rejectEmptyBody }),
    wire.route((req) =>
      domain.predict({
        contentType: req.headers['content-type'],
        authorization: req.headers.authorization,
        body: req.body,
      }),
    ),
  );
  app.post(
    '/widgets',
    rejectOversizedBody(domain.BODY_LIMIT_BYTES),
    express.json({ limit: domain.BODY_LIMIT_BYTES, strict: false, verify: rejectEmptyBody }),
    wire.route(async (req) => domain.createdWidget((await validate(Widget, req.body)).name)),
  );
  app.get('/responses/:kind', (req, res, next) => {
    const response = domain.RESPONSES[req.params.kind];
    if (response === undefined) return next();
    return wire.route(response)(req, res, next);
  });
  app.get('/conflict', wire.route(domain.conflict));
  app.get('/credit', wire.route(domain.outOfCredit));
  app.get(
    '/results/:name',
    wire.route((req) => domain.results(req.params.name as string)),
  );
  app.get('/crash', wire.route(domain.crash));
  app.get('/crash-string', wire.route(domain.crashString));
  app.get('/teapot', wire.route(domain.teapot));
  app.get('/methods', wire.route(domain.methods));
  app.get('/slow-down', wire.route(domain.slowDown));
  app.get('/foreign/:library', (req, res, next) => {
    const thrower = domain.FOREIGN_NOT_FOUND[req.params.library];
    if (thrower === undefined) return next();
    return wire.route(thrower)(req, res, next);
  });
  app.get('/stream-fail', wire.route(domain.streamFail));

  const legacyRoutes = express.Router();
  legacyRoutes.use(wire.options({ statusPolicy: 'endpoints' }));
  legacyRoutes.get(
    '/:case',
    wire.route((req) => domain.legacy(req.params.case as string)),
  );
  app.use('/legacy', legacyRoutes);

  if (domain.fuzzRoutesEnabled()) app.use('/fuzz', fuzzRoutes(wire, onError));

  app.use(wire.notFound);
  app.use(wire.errorHandler);
  return app;
}

/** The reliability routes, mounted only when `HTTPWIRE_FUZZ=1`. */
function fuzzRoutes(wire: ExpressWire, onError: NonNullable<ToWireOptions['onError']>): Router {
  const routes = express.Router();
  const fuzz = wire.route((req) => domain.runFuzzCase(req.headers[domain.FUZZ_CASE_HEADER]));
  routes.get('/', fuzz);
  routes.post('/', fuzz);
  routes.get('/format-throws', wire.options(domain.FORMAT_THROWS), fuzz);
  routes.get('/on-error-throws', wire.options({ onError: domain.throwingOnError(onError) }), fuzz);
  routes.get(
    '/after-headers',
    wire.route((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.write('partial\n');
      throw domain.afterHeadersFailure();
    }),
  );
  return routes;
}

/** A running example app. */
export interface RunningExample {
  server: Server;
  port: number;
  close(): Promise<void>;
}

/** Starts the Express example on `host:port` (port 0 picks a free one). */
export function startExpressExample(host: string, port: number, report?: domain.ReportLine): Promise<RunningExample> {
  const app = createExpressExample(report);
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => {
      if (error) return reject(error);
      server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
      const address = server.address();
      const actualPort = typeof address === 'object' && address !== null ? address.port : port;
      resolve({
        server,
        port: actualPort,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
    httpwireServer(server, { onError: domain.errorReporter(report ?? domain.stderrReport) });
  });
}
