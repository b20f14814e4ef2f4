import 'reflect-metadata';
import { addProblemResponses } from '@httpwire/core';
import * as domain from '@httpwire/example-domain';
import { httpwireFrameworkErrors, httpwireServer, rejectEmptyBody, rejectOversizedBody } from '@httpwire/nestjs';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter, type NestExpressApplication } from '@nestjs/platform-express';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module.js';

/** The keep-alive timeout every example app uses, so transport headers match. */
export const KEEP_ALIVE_TIMEOUT_MS = 5000;

/** The two platforms Nest runs on. */
export type NestPlatform = 'express' | 'fastify';

/** Builds the Nest example on one platform, with body limits and transport settings aligned with the other apps. */
export async function createNestExample(platform: NestPlatform, report?: domain.ReportLine): Promise<INestApplication> {
  const module = AppModule.register(report);
  const app = platform === 'express' ? await createOnExpress(module, report) : await createOnFastify(module, report);
  const config = new DocumentBuilder().setTitle('httpwire example').setVersion('1.0.0').build();
  // httpwire completes the document with what every route can answer: a 500, and a 400, 413 and 415 with a body.
  const document = addProblemResponses(SwaggerModule.createDocument(app, config));
  SwaggerModule.setup('openapi', app, document, { jsonDocumentUrl: 'openapi.json', ui: false });
  return app;
}

async function createOnExpress(
  module: Awaited<ReturnType<typeof AppModule.register>>,
  report: domain.ReportLine = domain.stderrReport,
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(module, new ExpressAdapter(), {
    bodyParser: false,
    logger: false,
  });
  httpwireServer(app.getHttpServer(), { onError: domain.errorReporter(report) });
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(rejectOversizedBody(domain.BODY_LIMIT_BYTES));
  // Nest's types leave out body-parser's `verify` (it uses it for `rawBody`), which this app does not enable.
  app.useBodyParser('json', {
    limit: domain.BODY_LIMIT_BYTES,
    strict: false,
    verify: rejectEmptyBody,
  } as never);
  return app;
}

async function createOnFastify(
  module: Awaited<ReturnType<typeof AppModule.register>>,
  report: domain.ReportLine = domain.stderrReport,
): Promise<INestApplication> {
  const options = { onError: domain.errorReporter(report) };
  const adapter = new FastifyAdapter({
    bodyLimit: domain.BODY_LIMIT_BYTES,
    keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
    frameworkErrors: httpwireFrameworkErrors(options),
  });
  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, { logger: false });
  httpwireServer(app.getHttpServer(), options);
  // `/predict` reads JSON only; other types are the handler's 415, as on every stack.
  app.getHttpAdapter().getInstance().removeContentTypeParser('text/plain');
  return app;
}

/** A running example app. */
export interface RunningExample {
  port: number;
  close(): Promise<void>;
}

/** Starts the Nest example on `host:port` (port 0 picks a free one). */
export async function startNestExample(
  platform: NestPlatform,
  host: string,
  port: number,
  report?: domain.ReportLine,
): Promise<RunningExample> {
  const app = await createNestExample(platform, report);
  await app.listen(port, host);
  const server = app.getHttpServer() as import('node:http').Server;
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  const address = server.address();
  return {
    port: typeof address === 'object' && address !== null ? address.port : port,
    close: async () => {
      server.closeAllConnections();
      await app.close();
    },
  };
}
