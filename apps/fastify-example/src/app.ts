import swagger from '@fastify/swagger';
import type { ToWireOptions } from '@httpwire/core';
import * as domain from '@httpwire/example-domain';
import { httpwire, httpwireFrameworkErrors, httpwireOptions, httpwireServer, httpwireSwagger } from '@httpwire/fastify';
import Fastify, { type FastifyInstance, type FastifyPluginAsync, type FastifyRequest } from 'fastify';
import { documentedRequestBodies, routeSchemas } from './route-schemas.js';

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
  const bodies = documentedRequestBodies();
  await app.register(swagger, {
    openapi: { openapi: '3.1.0', info: { title: 'httpwire example', version: '1.0.0' } },
    // httpwire documents its 422s and what every route can answer; `/predict`'s body is documented, not validated.
    ...httpwireSwagger({
      transform: ({ schema, url }) => ({
        schema: url in bodies ? { body: bodies[url], ...schema } : (schema ?? {}),
        url,
      }),
    }),
  });
  await app.register(httpwire, options);
  const schemas = routeSchemas();
  // `/predict` reads JSON only; other types are the handler's 415, as on every stack.
  app.removeContentTypeParser('text/plain');

  app.get<Params>('/entities/:id', { schema: schemas.entity }, async (request) =>
    domain.getEntity(request.params.id as string),
  );
  app.get('/secure', { schema: schemas.secure }, async (request) => domain.secure(request.headers.authorization));
  app.post('/predict', { schema: schemas.predict }, async (request) =>
    domain.predict({
      contentType: request.headers['content-type'],
      authorization: request.headers.authorization,
      body: request.body,
    }),
  );
  app.post<{ Body: { name: string } }>('/widgets', { schema: schemas.widgets }, async (request) =>
    domain.createdWidget(request.body.name),
  );
  app.get<Params>('/responses/:kind', { schema: schemas.responseKinds }, async (request, reply) => {
    const response = domain.RESPONSES[request.params.kind as string];
    return response === undefined ? reply.callNotFound() : response();
  });
  app.get('/conflict', { schema: schemas.conflict }, async () => domain.conflict());
  app.get('/credit', { schema: schemas.credit }, async () => domain.outOfCredit());
  app.get<Params>('/results/:name', { schema: schemas.results }, async (request) =>
    domain.results(request.params.name as string),
  );
  app.get('/crash', async () => domain.crash());
  app.get('/crash-string', async () => domain.crashString());
  app.get('/teapot', { schema: schemas.teapot }, async () => domain.teapot());
  app.get('/methods', { schema: schemas.methods }, async () => domain.methods());
  app.get('/slow-down', { schema: schemas.slowDown }, async () => domain.slowDown());
  app.get<Params>('/foreign/:library', { schema: schemas.foreign }, async (request, reply) => {
    const thrower = domain.FOREIGN_NOT_FOUND[request.params.library as string];
    return thrower === undefined ? reply.callNotFound() : thrower();
  });
  app.get('/stream-fail', { schema: schemas.streamFail }, async () => domain.streamFail());

  await app.register(async (legacyRoutes) => {
    await legacyRoutes.register(httpwireOptions, { statusPolicy: 'endpoints' });
    legacyRoutes.get<Params>('/legacy/:case', { schema: schemas.legacy }, async (request) =>
      domain.legacy(request.params.case as string),
    );
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
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
