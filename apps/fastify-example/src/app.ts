import {
  BODY_LIMIT_BYTES,
  conflict,
  crash,
  crashString,
  errorReporter,
  FOREIGN_NOT_FOUND,
  getEntity,
  legacy,
  methods,
  predict,
  RESPONSES,
  type ReportLine,
  results,
  secure,
  slowDown,
  stderrReport,
  streamFail,
  teapot,
} from '@httpwire/example-domain';
import { httpwire, httpwireFrameworkErrors, httpwireOptions } from '@httpwire/fastify';
import Fastify, { type FastifyInstance } from 'fastify';

/** The keep-alive timeout every example app uses, so transport headers match. */
export const KEEP_ALIVE_TIMEOUT_MS = 5000;

type Params = { Params: Record<string, string> };

/** Builds the Fastify example: the whole route catalogue through `@httpwire/fastify`. */
export async function createFastifyExample(report: ReportLine = stderrReport): Promise<FastifyInstance> {
  const options = { onError: errorReporter(report) };
  const app = Fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
    frameworkErrors: httpwireFrameworkErrors(options),
  });
  await app.register(httpwire, options);
  // `/predict` reads JSON only; other types are the handler's 415, as on every stack.
  app.removeContentTypeParser('text/plain');

  app.get<Params>('/entities/:id', async (request) => getEntity(request.params.id as string));
  app.get('/secure', async (request) => secure(request.headers.authorization));
  app.post('/predict', async (request) =>
    predict({
      contentType: request.headers['content-type'],
      authorization: request.headers.authorization,
      body: request.body,
    }),
  );
  app.get<Params>('/responses/:kind', async (request, reply) => {
    const response = RESPONSES[request.params.kind as string];
    return response === undefined ? reply.callNotFound() : response();
  });
  app.get('/conflict', async () => conflict());
  app.get<Params>('/results/:name', async (request) => results(request.params.name as string));
  app.get('/crash', async () => crash());
  app.get('/crash-string', async () => crashString());
  app.get('/teapot', async () => teapot());
  app.get('/methods', async () => methods());
  app.get('/slow-down', async () => slowDown());
  app.get<Params>('/foreign/:library', async (request, reply) => {
    const thrower = FOREIGN_NOT_FOUND[request.params.library as string];
    return thrower === undefined ? reply.callNotFound() : thrower();
  });
  app.get('/stream-fail', async () => streamFail());

  await app.register(async (legacyRoutes) => {
    await legacyRoutes.register(httpwireOptions, { statusPolicy: 'endpoints' });
    legacyRoutes.get<Params>('/legacy/:case', async (request) => legacy(request.params.case as string));
  });
  return app;
}

/** A running example app. */
export interface RunningExample {
  port: number;
  close(): Promise<void>;
}

/** Starts the Fastify example on `host:port` (port 0 picks a free one). */
export async function startFastifyExample(host: string, port: number, report?: ReportLine): Promise<RunningExample> {
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
