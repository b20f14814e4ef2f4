import 'reflect-metadata';
import { rawRequest } from '@httpwire/conformance';
import { HttpResponse, type ValidationException } from '@httpwire/core';
import { Body, Controller, type INestApplication, Module, Post, Query } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  Length,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpWireModule, HttpWireValidationPipe } from './index.js';

class DimensionsDto {
  @IsNumber()
  @Min(0)
  width!: number;

  @IsNumber()
  @Min(0)
  height!: number;
}

class WidgetDto {
  @IsString()
  @Length(1, 40)
  name!: string;

  @IsNumber()
  @IsPositive()
  price!: number;

  @IsArray()
  @ArrayMaxSize(5)
  @IsString({ each: true })
  tags!: string[];

  @IsOptional()
  @ValidateNested()
  @Type(() => DimensionsDto)
  dimensions?: DimensionsDto;

  @IsOptional()
  @IsBoolean()
  'a/b~c'?: boolean;

  @IsOptional()
  @IsIn(['red', 'green'])
  color?: string;

  @IsOptional()
  @Matches(/^[A-Z]+$/)
  code?: string;

  @IsOptional()
  @IsEmail()
  email?: string;
}

class IdsDto {
  @IsInt({ each: true })
  ids!: number[];
}

class PageDto {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page!: number;
}

@Controller()
class WidgetsController {
  @Post('widgets')
  create(@Body() widget: WidgetDto) {
    return HttpResponse.json({ created: widget.name }, { status: 201 });
  }

  @Post('search')
  search(@Query() query: PageDto) {
    return HttpResponse.json({ page: query.page });
  }
}

@Module({ imports: [HttpWireModule.forRoot({ onError: () => {} })], controllers: [WidgetsController] })
class WidgetsModule {}

const post = (port: number, path: string, body: string) =>
  rawRequest(port, { method: 'POST', path, headers: { 'Content-Type': 'application/json' }, body });

describe.each(['express', 'fastify'] as const)('HttpWireValidationPipe on Nest with %s', (platform) => {
  let app: INestApplication;
  let port: number;
  beforeAll(async () => {
    const adapter = platform === 'express' ? new ExpressAdapter() : new FastifyAdapter();
    app = await NestFactory.create(WidgetsModule, adapter, { logger: false, abortOnError: false });
    app.useGlobalPipes(new HttpWireValidationPipe({ transform: true }));
    await app.listen(0, '127.0.0.1');
    port = (app.getHttpServer().address() as { port: number }).port;
  });
  afterAll(async () => {
    app.getHttpServer().closeAllConnections();
    await app.close();
  });

  const errorsOf = async (body: string, path = '/widgets') => {
    const response = await post(port, path, body);
    expect(response.status).toBe(422);
    return JSON.parse(response.body.toString()).errors as { pointer: string; code: string; in?: string }[];
  };
  const codes = async (body: string) => (await errorsOf(body)).map(({ pointer, code }) => `${pointer} ${code}`);

  it('answers a valid widget', async () => {
    const response = await post(port, '/widgets', '{"name":"a","price":1,"tags":["x"],"extra":1}');
    expect([response.status, response.body.toString()]).toEqual([201, '{"created":"a"}']);
  });

  it('lists each invalid value with a pointer and httpwire’s code, items of arrays and nested objects included', async () => {
    expect(await codes('{}')).toEqual(['#/name required', '#/price required', '#/tags required']);
    expect(await codes('{"name":"","price":-3,"tags":[1]}')).toEqual([
      '#/name too_short',
      '#/price too_small',
      '#/tags/0 type',
    ]);
    expect(await codes('{"name":"a","price":1,"tags":["x",2,"y",3]}')).toEqual(['#/tags/1 type', '#/tags/3 type']);
    expect(await codes('{"name":"a","price":1,"tags":["1","2","3","4","5",6]}')).toEqual(['#/tags too_many']);
    expect(await codes('{"name":"a","price":1,"tags":[],"dimensions":{"width":-1}}')).toEqual([
      '#/dimensions/height required',
      '#/dimensions/width too_small',
    ]);
    expect(await codes(`{"name":"${'x'.repeat(41)}","price":1,"tags":[],"a/b~c":"yes"}`)).toEqual([
      '#/a~1b~0c type',
      '#/name too_long',
    ]);
    expect(await codes('{"name":"a","price":1,"tags":[],"color":"blue","code":"abc","email":"nope"}')).toEqual([
      '#/code pattern',
      '#/color enum',
      '#/email format',
    ]);
    expect(await codes('{"name":5,"price":"1","tags":"x","dimensions":"x"}')).toEqual([
      '#/dimensions type',
      '#/name type',
      '#/price type',
      '#/tags type',
    ]);
  });

  it('answers a body nested too deeply for class-transformer with a validation problem, not a 500', async () => {
    const deep = `${'{"width":'.repeat(5_000)}1${'}'.repeat(5_000)}`;
    const response = await post(port, '/widgets', `{"name":"a","price":1,"tags":[],"dimensions":${deep}}`);
    expect([response.status, JSON.parse(response.body.toString()).errors]).toEqual([
      422,
      [{ pointer: '#', code: 'invalid', detail: 'The value is invalid.' }],
    ]);
  });

  it('answers an array of 20,000 invalid items over its size limit with the size error alone', async () => {
    const response = await post(port, '/widgets', JSON.stringify({ name: 'a', price: 1, tags: Array(20_000).fill(1) }));
    expect(JSON.parse(response.body.toString()).errors).toEqual([
      { pointer: '#/tags', code: 'too_many', detail: 'The list has too many items.' },
    ]);
  });

  it('answers a body that is not an object with a type error at #', async () => {
    // Nest's body-parser on Express is strict: a JSON primitive is not a valid body there (a 400).
    const bodies = ['[1,2]', ...(platform === 'fastify' ? ['"widget"', 'null', '42'] : [])];
    for (const body of bodies) expect(await codes(body)).toEqual(['# type']);
  });

  it('keeps the count of errors left out when it names the query string', async () => {
    const pipe = new HttpWireValidationPipe();
    const ids = Array.from({ length: 150 }, (_, index) => `x${index}`);
    const thrown = (await pipe
      .transform({ ids }, { type: 'query', metatype: IdsDto })
      .catch((error: unknown) => error)) as ValidationException;
    expect([thrown.errors.length, thrown.errors[0], thrown.errorsOmitted]).toEqual([
      100,
      { in: 'query', pointer: '#/ids/0', code: 'type', detail: 'The value has the wrong type.' },
      50,
    ]);
  });

  it('names the query string for a failing @Query()', async () => {
    const response = await rawRequest(port, { method: 'POST', path: '/search?page=0' });
    expect(response.status).toBe(422);
    expect(JSON.parse(response.body.toString()).errors).toEqual([
      { in: 'query', pointer: '#/page', code: 'too_small', detail: 'The number is too small.' },
    ]);
  });
});
