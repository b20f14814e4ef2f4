import 'reflect-metadata';
import { http2Exchange, rawRequest, warningsDuring } from '@httpwire/conformance';
import {
  Body,
  Controller,
  ForbiddenException,
  Get,
  type INestApplication,
  type LoggerService,
  Module,
  Post,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpWireModule } from './index.js';

@Controller()
class FailingController {
  @Get('crash')
  crash() {
    throw new Error('disk went away');
  }

  @Get('forbidden')
  forbidden() {
    throw new ForbiddenException({ reason: 'quota', limit: 10 });
  }

  @Post('echo')
  echo(@Body() body: unknown) {
    return body;
  }
}

@Module({ imports: [HttpWireModule.forRoot()], controllers: [FailingController] })
class DefaultsModule {}

const running: INestApplication[] = [];
afterEach(async () => {
  for (const app of running.splice(0)) await app.close();
});

function recordingLogger(errors: unknown[][]): LoggerService {
  return { log() {}, warn() {}, debug() {}, verbose() {}, error: (...args: unknown[]) => errors.push(args) };
}

describe.each(['express', 'fastify'] as const)('@httpwire/nestjs defaults on %s', (platform) => {
  it("logs reported errors through Nest's Logger, as BaseExceptionFilter does, and keeps an object response's members", async () => {
    const errors: unknown[][] = [];
    const adapter = platform === 'express' ? new ExpressAdapter() : new FastifyAdapter();
    const app = await NestFactory.create(DefaultsModule, adapter, { logger: recordingLogger(errors) });
    running.push(app);
    await app.listen(0, '127.0.0.1');
    const port = (app.getHttpServer().address() as { port: number }).port;
    const forbidden = await rawRequest(port, { method: 'GET', path: '/forbidden' });
    expect(JSON.parse(forbidden.body.toString())).toEqual({
      type: 'about:blank',
      title: 'Forbidden',
      status: 403,
      code: 'FORBIDDEN',
      details: { reason: 'quota', limit: 10 },
    });
    expect(errors).toEqual([]);
    expect((await rawRequest(port, { method: 'GET', path: '/crash' })).status).toBe(500);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.[0]).toBe('disk went away');
    expect(String(errors[0]?.[1])).toMatch(/^Error: disk went away\n\s+at /);
    expect(errors[0]?.at(-1)).toBe('ExceptionsHandler');
  });
});

describe('@httpwire/nestjs on Fastify over HTTP/2', () => {
  it('answers errors without a status message or connection header, so Node warns about nothing', async () => {
    const app = await NestFactory.create(DefaultsModule, new FastifyAdapter({ http2: true }), { logger: false });
    running.push(app);
    await app.listen(0, '127.0.0.1');
    const port = (app.getHttpServer().address() as { port: number }).port;
    let responses: Record<string, unknown>[] = [];
    const warnings = await warningsDuring(async () => {
      responses = await http2Exchange(port, [
        { headers: { ':method': 'GET', ':path': '/nowhere' } },
        { headers: { ':method': 'GET', ':path': '/crash' } },
        { headers: { ':method': 'POST', ':path': '/echo', 'content-type': 'application/json' }, body: '{' },
      ]);
    });
    const [missing, crash, rejected] = responses;
    expect([missing?.[':status'], crash?.[':status'], rejected?.[':status'], rejected?.connection]).toEqual([
      404,
      500,
      400,
      undefined,
    ]);
    expect(warnings).toEqual([]);
  });
});
