import type { ToWireOptions } from '@httpwire/core';
import * as domain from '@httpwire/example-domain';
import { httpwire, httpwireFrameworkErrors, httpwireOptions, httpwireServer } from '@httpwire/fastify';
import Fastify, { type FastifyInstance, type FastifyPluginAsync, type FastifyRequest } from 'fastify';

/** The keep-alive timeout every example app uses, so transport headers match. */
export const KEEP_ALIVE_TIMEOUT_MS = 5000;

type Params = { Params: Record<string, string> };

/** Builds the Fastify example: the whole route catalogue through `@httpwire/fastify`. */
export async function createFastifyExample(report: domain.ReportLine = domain.stderrReport): Promise<FastifyInstance> {
  const options = { onError: domain.errorReporter(report) };
  const app = Fastify({
    bodyLimit: domain.BODY_LIMIT_BYTES,
    keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
    frameworkErrors: httpwireFrameworkErrors(options),
    // Every error, uncoerced: Fastify's defaults turn `[1]` into `["1"]` and stop at the first error.
    ajv: { customOptions: { allErrors: true, coerceTypes: false } },
  });
  httpwireServer(app.server, options);
  await app.register(httpwire, options);
  // `/predict` reads JSON only; other types are the handler's 415, as on every stack.
  app.removeContentTypeParser('text/plain');

  app.get<Params>('/entities/:id', async (request) => domain.getEntity(request.params.id as string));
  app.get('/secure', async (request) => domain.secure(request.headers.authorization));
  app.post('/predict', async (request) =>
    domain.predict({
      contentType: request.headers['content-type'],
      authorization: request.headers.authorization,
      body: request.body,
    }),
  );
  app.post<{ Body: { name: string } }>('/widgets', { schema: { body: domain.WIDGET_JSON_SCHEMA } }, async (request) =>
    domain.createdWidget(request.body.name),
  );
  app.get<Params>('/responses/:kind', async (request, reply) => {
    const response = domain.RESPONSES[request.params.kind as string];
    return response === undefined ? reply.callNotFound() : response();
  });
  app.get('/conflict', async () => domain.conflict());
  app.get('/credit', async () => domain.outOfCredit());
  app.get<Params>('/results/:name', async (request) => domain.results(request.params.name as string));
  app.get('/crash', async () => domain.crash());
  app.get('/crash-string', async () => domain.crashString());
  app.get('/teapot', async () => domain.teapot());
  app.get('/methods', async () => domain.methods());
  app.get('/slow-down', async () => domain.slowDown());
  app.get<Params>('/foreign/:library', async (request, reply) => {
    const thrower = domain.FOREIGN_NOT_FOUND[request.params.library as string];
    return thrower === undefined ? reply.callNotFound() : thrower();
  });
  app.get('/stream-fail', async () => domain.streamFail());

  await app.register(async (legacyRoutes) => {
    await legacyRoutes.register(httpwireOptions, { statusPolicy: 'endpoints' });
    legacyRoutes.get<Params>('/legacy/:case', async (request) => domain.legacy(request.params.case as string));
  });
  if (domain.fuzzRoutesEnabled()) await app.register(fuzzRoutes(options.onError), { prefix: '/fuzz' });
  return app;
}

/** The reliability routes, mounted only when `HTTPWIRE_FUZZ=1`. */
function fuzzRoutes(onError: NonNullable<ToWireOptions['onError']>): FastifyPluginAsync {
  const fuzz = async (request: FastifyRequest) => domain.runFuzzCase(request.headers[domain.FUZZ_CASE_HEADER]);
  return async (routes) => {
    routes.route({ method: ['GET', 'POST'], url: '/', handler: fuzz });
    routes.get('/after-headers', async (_request, reply) => {
      reply.raw.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      reply.raw.write('partial\n');
      throw domain.afterHeadersFailure();
    });
    await routes.register(async (scope) => {
      await scope.register(httpwireOptions, domain.FORMAT_THROWS);
      scope.get('/format-throws', fuzz);
    });
    await routes.register(async (scope) => {
      await scope.register(httpwireOptions, { onError: domain.throwingOnError(onError) });
      scope.get('/on-error-throws', fuzz);
    });
  };
}

/** A running example app. */
export interface RunningExample {
  port: number;
  close(): Promise<void>;
}

/** Starts the Fastify example on `host:port` (port 0 picks a free one). */
export async function startFastifyExample(
  host: string,
  port: number,
  report?: domain.ReportLine,
): Promise<RunningExample> {
  const app = await createFastifyExample(report);
  await app.listen({ host, port });
  const address = app.server.address();
  return {
    port: typeof address === 'object' && address !== null ? address.port : port,
    close: async () => {
      app.server.closeAllConnections();
      await app.close();
    },
  };
}
