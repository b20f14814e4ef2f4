import 'reflect-metadata';
import { HttpWireModule } from '@httpwire/nestjs';
import { type DynamicModule, type INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter, type NestExpressApplication } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { Variant } from '../stacks.js';
import { NestHttpwireController } from './nest-httpwire.controller.js';
import { NestNativeController } from './nest-native.controller.js';
import { countReportedError, HOST, portOf, type RunningServer } from './running-server.js';

@Module({})
class BenchModule {
  static register(variant: Variant): DynamicModule {
    if (variant === 'native') return { module: BenchModule, controllers: [NestNativeController] };
    return {
      module: BenchModule,
      imports: [HttpWireModule.forRoot({ onError: countReportedError })],
      controllers: [NestHttpwireController],
    };
  }
}

async function create(platform: 'express' | 'fastify', module: DynamicModule): Promise<INestApplication> {
  if (platform === 'fastify') return NestFactory.create(module, new FastifyAdapter(), { logger: false });
  const app = await NestFactory.create<NestExpressApplication>(module, new ExpressAdapter(), { logger: false });
  app.disable('x-powered-by');
  app.set('etag', false);
  return app;
}

/** Nest 12 on either platform, without its logger (as in the native measurements). */
export async function startNest(platform: 'express' | 'fastify', variant: Variant): Promise<RunningServer> {
  const app = await create(platform, BenchModule.register(variant));
  await app.listen(0, HOST);
  return { port: portOf(app.getHttpServer()), close: () => app.close() };
}
