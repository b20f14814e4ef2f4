import 'reflect-metadata';
import { differences, type RawRequest, rawRequest, snapshot } from '@httpwire/conformance';
import { HttpResponse, NotFoundException } from '@httpwire/core';
import {
  ClassSerializerInterceptor,
  Controller,
  Get,
  type INestApplication,
  Module,
  Post,
  UseInterceptors,
} from '@nestjs/common';
import { NestFactory, Reflector } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpWireModule } from './index.js';

@Controller()
class CatalogueController {
  @Get('json')
  json() {
    return HttpResponse.json({ id: '1', name: 'Ada' });
  }

  @Get('cookies')
  cookies() {
    const response = HttpResponse.text('Hello, World!');
    response.headers.append('Set-Cookie', 'chocolate');
    response.headers.append('Set-Cookie', 'pecan');
    return response;
  }

  @Get('plain')
  plain() {
    return { ok: true };
  }

  @Post('created')
  created() {
    return { id: 2 };
  }

  @Get('missing')
  missing() {
    throw new NotFoundException('No entity with the id "42" exists.');
  }

  @Get('serialized')
  @UseInterceptors(ClassSerializerInterceptor)
  serialized() {
    return HttpResponse.text('exact', { status: 203, headers: { 'x-kept': '1' } });
  }
}

@Module({ imports: [HttpWireModule.forRoot({ onError: () => {} })], controllers: [CatalogueController] })
class CatalogueModule {}

const requests: RawRequest[] = [
  { method: 'GET', path: '/json' },
  { method: 'HEAD', path: '/json' },
  { method: 'GET', path: '/cookies' },
  { method: 'GET', path: '/plain' },
  { method: 'POST', path: '/created' },
  { method: 'GET', path: '/missing', headers: { Accept: 'application/json' } },
  { method: 'GET', path: '/serialized' },
  { method: 'GET', path: '/no/such/route' },
];

const running: INestApplication[] = [];
afterEach(async () => {
  for (const app of running.splice(0)) {
    app.getHttpServer().closeAllConnections();
    await app.close();
  }
});

async function listen(app: INestApplication): Promise<number> {
  running.push(app);
  app.useGlobalInterceptors(new ClassSerializerInterceptor(app.get(Reflector)));
  await app.listen(0, '127.0.0.1');
  return (app.getHttpServer().address() as { port: number }).port;
}

describe.each(['express', 'fastify'] as const)('the e2e testing module on Nest with %s', (platform) => {
  const adapter = () => (platform === 'express' ? new ExpressAdapter() : new FastifyAdapter());

  it('sends byte for byte what NestFactory sends, returned HttpResponses included', async () => {
    const factoryPort = await listen(await NestFactory.create(CatalogueModule, adapter(), { logger: false }));
    const moduleRef = await Test.createTestingModule({ imports: [CatalogueModule] }).compile();
    const testingPort = await listen(moduleRef.createNestApplication(adapter(), { logger: false }));
    for (const request of requests) {
      const [fromFactory, fromTesting] = [
        await rawRequest(factoryPort, request),
        await rawRequest(testingPort, request),
      ];
      expect(differences(snapshot(fromFactory), snapshot(fromTesting)), `${request.method} ${request.path}`).toEqual(
        [],
      );
    }
    const exact = await rawRequest(testingPort, { method: 'GET', path: '/json' });
    expect([exact.body.toString(), exact.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1]]).toEqual(
      ['{"id":"1","name":"Ada"}', 'application/json'],
    );
    const serialized = await rawRequest(testingPort, { method: 'GET', path: '/serialized' });
    expect([serialized.status, serialized.body.toString()]).toEqual([203, 'exact']);
    expect(serialized.headers.some(([name, value]) => name.toLowerCase() === 'x-kept' && value === '1')).toBe(true);
  });
});
