import 'reflect-metadata';
import { type RawResponse, rawRequest } from '@httpwire/conformance';
import { HttpResponse, NotFoundException as WireNotFound } from '@httpwire/core';
import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  type INestApplication,
  Module,
  Post,
  Res,
  ValidationPipe,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { IsArray, IsNumber } from 'class-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpWireModule, HttpWireOptions } from './index.js';

class PredictDto {
  @IsArray()
  @IsNumber({}, { each: true })
  features!: number[];
}

@Controller()
class TestController {
  @Get('created')
  @HttpCode(202)
  @Header('X-Route', 'yes')
  @Header('Set-Cookie', 'kept=1')
  created() {
    return { ok: true };
  }

  @Get('explicit')
  @HttpCode(202)
  explicit() {
    return HttpResponse.text('teapot', { status: 418 });
  }

  @Get('failing')
  @Header('X-Route', 'yes')
  @Header('Vary', 'Origin')
  @Header('Set-Cookie', 'kept=1')
  failing() {
    throw new WireNotFound('nothing here');
  }

  @Post('validated')
  @HttpCode(200)
  validated(@Body(new ValidationPipe()) body: PredictDto) {
    return { sum: body.features.reduce((a, b) => a + b, 0) };
  }

  @Get('late')
  late(@Res() res: { raw?: unknown; writeHead?: unknown }) {
    const raw = (res.raw ?? res) as import('node:http').ServerResponse;
    raw.writeHead(200, { 'Content-Type': 'text/plain' });
    raw.write('partial');
    throw new Error('too late');
  }

  @Get('legacy')
  @HttpWireOptions({ statusPolicy: 'endpoints' })
  legacy() {
    throw new WireNotFound('x', { status: 418 } as never);
  }
}

const reports: unknown[] = [];

@Module({
  imports: [HttpWireModule.forRoot({ onError: (error) => reports.push(error) })],
  controllers: [TestController],
})
class TestModule {}

const header = (response: RawResponse, name: string) =>
  response.headers.find(([key]) => key.toLowerCase() === name)?.[1];

describe.each(['express', 'fastify'] as const)('@httpwire/nestjs on %s', (platform) => {
  let app: INestApplication;
  let port: number;
  const get = (path: string) => rawRequest(port, { method: 'GET', path });

  beforeAll(async () => {
    app = await NestFactory.create(TestModule, platform === 'express' ? new ExpressAdapter() : new FastifyAdapter(), {
      logger: false,
    });
    await app.listen(0, '127.0.0.1');
    port = (app.getHttpServer().address() as { port: number }).port;
  });
  afterAll(async () => {
    app.getHttpServer().closeAllConnections();
    await app.close();
  });

  it('keeps @HttpCode and @Header on success, and lets an HttpResponse status win', async () => {
    const created = await get('/created');
    expect([created.status, header(created, 'x-route'), header(created, 'content-type')]).toEqual([
      202,
      'yes',
      'application/json; charset=utf-8',
    ]);
    const explicit = await get('/explicit');
    expect([explicit.statusLine, explicit.body.toString()]).toEqual(["HTTP/1.1 418 I'm a teapot", 'teapot']);
  });

  it('keeps only set-cookie, vary and CORS headers from @Header on errors', async () => {
    const failing = await get('/failing');
    expect(failing.status).toBe(404);
    expect(header(failing, 'x-route')).toBeUndefined();
    expect(header(failing, 'set-cookie')).toBe('kept=1');
    expect(header(failing, 'vary')).toMatch(/Origin/);
  });

  it("turns ValidationPipe's message array into details", async () => {
    const response = await rawRequest(port, {
      method: 'POST',
      path: '/validated',
      headers: { 'Content-Type': 'application/json' },
      body: '{"features":["x"]}',
    });
    const problem = JSON.parse(response.body.toString());
    expect([response.status, problem.detail]).toEqual([400, 'The request is invalid.']);
    expect(problem.details).toEqual([
      'each value in features must be a number conforming to the specified constraints',
    ]);
  });

  it('answers JSON with a __proto__ key as its platform decides, never as invalid JSON', async () => {
    const post = (body: string) =>
      rawRequest(port, { method: 'POST', path: '/validated', headers: { 'Content-Type': 'application/json' }, body });
    const poisoned = await post('{"features":[1],"__proto__":{"x":1}}');
    // Express's body-parser accepts it; Fastify's guard refuses it, and httpwire says why.
    if (platform === 'express') expect([poisoned.status, poisoned.body.toString()]).toEqual([200, '{"sum":1}']);
    else expect([poisoned.status, JSON.parse(poisoned.body.toString()).code]).toEqual([400, 'FORBIDDEN_PROTOTYPE_KEY']);
    const invalid = await post('{"features":');
    expect([invalid.status, JSON.parse(invalid.body.toString()).code]).toEqual([400, 'INVALID_JSON']);
  });

  it('applies @HttpWireOptions to errors thrown in the route', async () => {
    expect((await get('/legacy')).status).toBe(404);
  });

  it('cuts the connection for an error after the headers went out, and reports it', async () => {
    const before = reports.length;
    const response = await get('/late');
    expect([response.status, response.complete]).toEqual([200, false]);
    expect(reports.length - before).toBe(1);
    expect((await get('/created')).status).toBe(202);
  });
});

describe('HttpWireModule', () => {
  it('builds with async options and can leave out the filter', async () => {
    const dynamic = HttpWireModule.forRootAsync({ useFactory: async () => ({}), filter: false });
    expect(dynamic.global).toBe(true);
    expect(dynamic.providers).toHaveLength(2);
    expect(HttpWireModule.forRoot({ filter: false, returnValues: false }).providers).toHaveLength(2);
    expect(HttpWireModule.forRoot().providers).toHaveLength(3);
  });
});
