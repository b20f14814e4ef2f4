import 'reflect-metadata';
import { rawRequest } from '@httpwire/conformance';
import { defineProblemType, NotFoundException, problemSchema, ValidationException } from '@httpwire/core';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  type INestApplication,
  Module,
  Post,
  UsePipes,
  ValidationPipe,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { ApiCreatedResponse, DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { IsString } from 'class-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiProblemResponses, HttpWireValidationPipe, httpwireExceptionFactory } from './index.js';

const OutOfCredit = defineProblemType({
  type: 'https://example.com/probs/out-of-credit',
  status: 403,
  title: 'You do not have enough credit.',
  code: 'OUT_OF_CREDIT',
  extensions: { balance: { type: 'number' } },
} as const);
const Gone = defineProblemType({ type: 'urn:example:gone-entity', status: 404, title: 'Gone.', code: 'GONE' });

class NameDto {
  @IsString()
  name!: string;
}

@Controller('method')
class MethodLevelController {
  @Get('entity')
  @ApiProblemResponses(NotFoundException, OutOfCredit, Gone)
  entity() {}

  @Post('created')
  @ApiProblemResponses(OutOfCredit)
  created(@Body(new HttpWireValidationPipe()) _body: NameDto) {}

  @ApiProblemResponses(OutOfCredit)
  @Post('accepted')
  @HttpCode(202)
  accepted() {}

  @Post('own-success')
  @ApiCreatedResponse({ description: 'Made.' })
  @ApiProblemResponses(OutOfCredit)
  @UsePipes(new ValidationPipe({ exceptionFactory: httpwireExceptionFactory }))
  ownSuccess(@Body() _body: NameDto) {}

  @Post('plain-pipe')
  @ApiProblemResponses(OutOfCredit)
  plainPipe(@Body(new ValidationPipe()) _body: NameDto) {}
}

@Controller('class')
@ApiProblemResponses(OutOfCredit)
class ClassLevelController {
  @Get('read')
  read() {}

  @Post('write')
  write(@Body(HttpWireValidationPipe) _body: NameDto) {}
}

@Module({ controllers: [MethodLevelController, ClassLevelController] })
class DocumentedModule {}

type Responses = Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;

describe('@ApiProblemResponses in the OpenAPI document of @nestjs/swagger', () => {
  let app: INestApplication;
  let paths: Record<string, Record<string, { responses: Responses }>>;
  const statuses = (path: string, method = 'post') => Object.keys(paths[path]?.[method]?.responses ?? {});

  beforeAll(async () => {
    app = await NestFactory.create(DocumentedModule, new ExpressAdapter(), { logger: false });
    SwaggerModule.setup('docs', app, SwaggerModule.createDocument(app, new DocumentBuilder().build()), {
      jsonDocumentUrl: 'openapi.json',
      ui: false,
    });
    await app.listen(0, '127.0.0.1');
    const response = await rawRequest(app.getHttpServer().address().port, { method: 'GET', path: '/openapi.json' });
    paths = JSON.parse(response.body.toString()).paths;
  });
  afterAll(() => app?.close());

  it('documents each problem in both media types, with its typed members; one status, any of its problems', () => {
    const responses = paths['/method/entity']?.get?.responses ?? {};
    expect(Object.keys(responses)).toEqual(['200', '403', '404']);
    expect(responses['403']?.content).toEqual({
      'application/problem+json': { schema: problemSchema(OutOfCredit) },
      'application/json': { schema: problemSchema(OutOfCredit) },
    });
    expect(responses['404']?.description).toBe('Not Found (NotFoundException, GoneException)');
    expect(responses['404']?.content?.['application/problem+json']?.schema).toEqual({
      anyOf: [problemSchema(NotFoundException), problemSchema(Gone)],
    });
  });

  it('keeps the route’s success response at its real status, or the one documented', () => {
    expect(paths['/method/entity']?.get?.responses['200']?.description).toBe('OK');
    expect(statuses('/method/created')).toContain('201');
    expect(statuses('/method/accepted')).toEqual(['202', '403']);
    expect(paths['/method/own-success']?.post?.responses['201']?.description).toBe('Made.');
  });

  it('adds the 422 validation problem where httpwire validates the route’s arguments', () => {
    expect(statuses('/method/created')).toEqual(['201', '403', '422']);
    expect(paths['/method/created']?.post?.responses['422']?.content?.['application/json']?.schema).toEqual(
      problemSchema(ValidationException),
    );
    expect(statuses('/method/own-success')).toEqual(['201', '403', '422']);
    expect(statuses('/method/plain-pipe')).toEqual(['201', '403']);
  });

  it('on a controller, documents the problems on every route and each validating route’s 422', () => {
    expect(statuses('/class/read', 'get')).toEqual(['200', '403']);
    expect(statuses('/class/write')).toEqual(['201', '403', '422']);
  });
});
