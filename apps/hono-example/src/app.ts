import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { DeclaredDifferences } from '@httpwire/conformance';
import { HttpResponse, type ToWireOptions, validate } from '@httpwire/core';
import * as domain from '@httpwire/example-domain';
import { readJsonBody } from '@httpwire/fetch';
import { type HonoWire, httpwire, httpwireRequestErrors } from '@httpwire/hono';
import { httpwireServer, RfcReasonServerResponse } from '@httpwire/node';
import { type Context, Hono } from 'hono';
import { Widget } from './widget-schema.js';

/**
 * What Hono on `@hono/node-server` writes its own way: the server writes `set-cookie` after every other header (so
 * a problem with a cookie lists it after `vary`) and a non-ASCII header value of a streamed body as UTF-8, and
 * `c.json` types a plain value `application/json` without a charset. httpwire's bytes are the same as elsewhere.
 */
export const HONO_NODE_SERVER_DECLARED: DeclaredDifferences = {
  headerLayout: '@hono/node-server writes set-cookie after every other header',
  plainValues: "Hono's c.json sends a plain value as application/json, without charset=utf-8",
  nonAsciiHeaders: '@hono/node-server writes a header value beyond ASCII (café) as UTF-8 on a streamed or text body',
};

/** The keep-alive timeout every example app uses, so transport headers match. */
export const KEEP_ALIVE_TIMEOUT_MS = 5000;

const body = (c: Context) => readJsonBody(c.req.raw, { limit: domain.BODY_LIMIT_BYTES });

/** Builds the Hono example: the whole route catalogue through `@httpwire/hono`. */
export function createHonoExample(report: domain.ReportLine = domain.stderrReport): Hono {
  const app = new Hono();
  const onError = domain.errorReporter(report);
  const wire = httpwire({ onError });
  app.onError(wire.onError);
  app.notFound(wire.notFound);

  app.get(
    '/entities/:id',
    wire.route((c) => domain.getEntity(c.req.param('id') as string)),
  );
  app.get(
    '/secure',
    wire.route((c) => domain.secure(c.req.header('authorization'))),
  );
  app.post(
    '/predict',
    wire.route(async (c) =>
      domain.predict({
        contentType: c.req.header('content-type'),
        authorization: c.req.header('authorization'),
        body: await body(c),
      }),
    ),
  );
  app.post(
    '/widgets',
    wire.route(async (c) => domain.createdWidget((await validate(Widget, await body(c))).name)),
  );
  app.get(
    '/responses/:kind',
    wire.route((c) => {
      const response = domain.RESPONSES[c.req.param('kind') as string];
      return response === undefined ? wire.notFound(c) : response();
    }),
  );
  app.get('/conflict', wire.route(domain.conflict));
  app.get('/credit', wire.route(domain.outOfCredit));
  app.get(
    '/results/:name',
    wire.route((c) => domain.results(c.req.param('name') as string)),
  );
  app.get('/crash', wire.route(domain.crash));
  app.get('/crash-string', wire.route(domain.crashString));
  app.get('/teapot', wire.route(domain.teapot));
  app.get('/methods', wire.route(domain.methods));
  app.get('/slow-down', wire.route(domain.slowDown));
  app.get(
    '/foreign/:library',
    wire.route((c) => {
      const thrower = domain.FOREIGN_NOT_FOUND[c.req.param('library') as string];
      return thrower === undefined ? wire.notFound(c) : thrower();
    }),
  );
  app.get('/stream-fail', wire.route(domain.streamFail));

  const legacy = new Hono();
  legacy.use(wire.options({ statusPolicy: 'endpoints' }));
  legacy.get(
    '/:case',
    wire.route((c) => domain.legacy(c.req.param('case') as string)),
  );
  app.route('/legacy', legacy);

  if (domain.fuzzRoutesEnabled()) app.route('/fuzz', fuzzRoutes(wire, onError));
  return app;
}

/** The reliability routes, mounted only when `HTTPWIRE_FUZZ=1`. */
function fuzzRoutes(wire: HonoWire, onError: NonNullable<ToWireOptions['onError']>): Hono {
  const routes = new Hono();
  const fuzz = wire.route((c) => domain.runFuzzCase(c.req.header(domain.FUZZ_CASE_HEADER)));
  routes.on(['GET', 'POST'], '/', fuzz);
  routes.get('/format-throws', wire.options(domain.FORMAT_THROWS), fuzz);
  routes.get('/on-error-throws', wire.options({ onError: domain.throwingOnError(onError) }), fuzz);
  // A web handler cannot write headers and then throw: what it can do is a stream that fails after its first chunk.
  routes.get(
    '/after-headers',
    wire.route(() =>
      HttpResponse.stream(
        (async function* () {
          yield 'partial\n';
          throw domain.afterHeadersFailure();
        })(),
        { contentType: 'text/plain; charset=utf-8' },
      ),
    ),
  );
  return routes;
}

/** A running example app. */
export interface RunningExample {
  port: number;
  close(): Promise<void>;
}

/** Starts the Hono example on `host:port` (port 0 picks a free one), served by `@hono/node-server`. */
export function startHonoExample(host: string, port: number, report?: domain.ReportLine): Promise<RunningExample> {
  const app = createHonoExample(report);
  return new Promise((resolve) => {
    // A target @hono/node-server makes no URL of (`OPTIONS *`): httpwire's problem, not its bare, empty 400.
    // `serve()` takes no `errorHandler`; its request listener does.
    const errorHandler = httpwireRequestErrors({ onError: domain.errorReporter(report ?? domain.stderrReport) });
    // @hono/node-server drops a Response's `statusText`; RFC 9110's phrases are what every other stack sends.
    const server = createServer(
      { ServerResponse: RfcReasonServerResponse },
      getRequestListener(app.fetch, { hostname: host, errorHandler }),
    );
    server.listen(port, host, () => {
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
    server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
    // What Node's parser rejects before Hono sees a request (oversized headers, bytes that are not HTTP).
    httpwireServer(server, { onError: domain.errorReporter(report ?? domain.stderrReport) });
  });
}
