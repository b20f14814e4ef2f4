import 'reflect-metadata';
import { rawRequest } from '@httpwire/conformance';
import { HttpResponse, ImATeapotException } from '@httpwire/core';
import {
  type ArgumentsHost,
  BadRequestException,
  Catch,
  Controller,
  type DynamicModule,
  Get,
  type INestApplication,
  Module,
  Post,
  UseFilters,
} from '@nestjs/common';
import { BaseExceptionFilter, HttpAdapterHost, NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpWireInterceptor, HttpWireModule, HttpWireOptions } from './index.js';

@Catch(BadRequestException)
class NestShapedFilter extends BaseExceptionFilter {
  override catch(exception: BadRequestException, host: ArgumentsHost): void {
    super.catch(exception, host);
  }
}

@Controller()
class ReturnsController {
  @Get('object')
  object() {
    return { ok: true };
  }

  @Get('response')
  response() {
    return HttpResponse.text('exact', { status: 203 });
  }

  @Get('web')
  web() {
    return new Response('web', { status: 202, headers: { 'x-web': '1' } });
  }

  @Post('created')
  created() {
    return { ok: true };
  }

  @Get('nest-filter')
  @UseFilters(NestShapedFilter)
  nestFilter() {
    throw new BadRequestException('handled by a filter of the app');
  }

  @Get('legacy')
  @HttpWireOptions({ statusPolicy: 'endpoints' })
  legacy() {
    throw new ImATeapotException();
  }
}

function moduleWith(imports: DynamicModule[]): DynamicModule {
  @Module({})
  class ReturnsModule {}
  return { module: ReturnsModule, imports, controllers: [ReturnsController] };
}

const header = (response: { headers: [string, string][] }, name: string) =>
  response.headers.find(([key]) => key.toLowerCase() === name)?.[1];

describe.each(['express', 'fastify'] as const)('return values on Nest with %s', (platform) => {
  let app: INestApplication | undefined;
  afterEach(async () => {
    app?.getHttpServer().closeAllConnections();
    await app?.close();
    app = undefined;
  });

  async function listen(module: DynamicModule, setUp?: (app: INestApplication) => void): Promise<number> {
    const adapter = platform === 'express' ? new ExpressAdapter() : new FastifyAdapter();
    app = await NestFactory.create(module, adapter, { logger: false });
    setUp?.(app);
    await app.listen(0, '127.0.0.1');
    return (app.getHttpServer().address() as { port: number }).port;
  }

  it('writes a returned HttpResponse as built, and leaves plain values to Nest: a POST result is a 201', async () => {
    const port = await listen(moduleWith([HttpWireModule.forRoot()]));
    const object = await rawRequest(port, { method: 'GET', path: '/object' });
    expect([object.status, header(object, 'content-type'), object.body.toString()]).toEqual([
      200,
      'application/json; charset=utf-8',
      '{"ok":true}',
    ]);
    const exact = await rawRequest(port, { method: 'GET', path: '/response' });
    expect([exact.status, header(exact, 'content-type'), exact.body.toString()]).toEqual([
      203,
      'text/plain; charset=utf-8',
      'exact',
    ]);
    expect((await rawRequest(port, { method: 'POST', path: '/created' })).status).toBe(201);
  });

  it('leaves a returned web Response to Nest', async () => {
    const port = await listen(moduleWith([HttpWireModule.forRoot()]));
    const web = await rawRequest(port, { method: 'GET', path: '/web' });
    expect([web.status, header(web, 'x-web'), web.body.toString()]).toEqual([202, '1', 'web']);
  });

  it("leaves the error body of an app's own BaseExceptionFilter to Nest, with its status", async () => {
    const port = await listen(moduleWith([HttpWireModule.forRoot()]));
    const response = await rawRequest(port, { method: 'GET', path: '/nest-filter' });
    expect(response.status).toBe(400);
    expect(header(response, 'content-type')).toMatch(/^application\/json/);
    expect(JSON.parse(response.body.toString())).toMatchObject({ statusCode: 400 });
  });

  it('applies @HttpWireOptions to errors (the endpoints policy sends 418 as 404)', async () => {
    const port = await listen(moduleWith([HttpWireModule.forRoot()]));
    expect((await rawRequest(port, { method: 'GET', path: '/legacy' })).status).toBe(404);
  });

  it('leaves a returned HttpResponse to Nest with returnValues: false, and still applies route options to errors', async () => {
    const port = await listen(moduleWith([HttpWireModule.forRoot({ returnValues: false })]));
    const dumped = await rawRequest(port, { method: 'GET', path: '/response' });
    expect(header(dumped, 'content-type')).toBe('application/json; charset=utf-8');
    const legacy = await rawRequest(port, { method: 'GET', path: '/legacy' });
    expect([legacy.status, header(legacy, 'content-type')]).toEqual([404, 'application/problem+json']);
  });

  it('writes return values through HttpWireInterceptor registered by hand, without the module', async () => {
    const port = await listen(moduleWith([]), (created) => {
      created.useGlobalInterceptors(new HttpWireInterceptor({}, created.get(HttpAdapterHost)));
    });
    const exact = await rawRequest(port, { method: 'GET', path: '/response' });
    expect([exact.status, header(exact, 'content-type'), exact.body.toString()]).toEqual([
      203,
      'text/plain; charset=utf-8',
      'exact',
    ]);
  });
});
