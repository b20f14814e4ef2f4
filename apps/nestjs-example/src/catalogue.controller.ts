import type { HttpResponse } from '@httpwire/core';
import {
  ImATeapotException,
  MethodNotAllowedException,
  NotFoundException as NotFoundProblem,
  TooManyRequestsException,
  UnauthorizedException,
} from '@httpwire/core';
import * as domain from '@httpwire/example-domain';
import { ApiProblemResponses, HttpWireValidationPipe } from '@httpwire/nestjs';
import { Body, Controller, Get, Headers, HttpCode, NotFoundException, Param, Post, Req } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { schema } from './openapi-schema.js';
import { WidgetDto } from './widget.dto.js';

/**
 * The route catalogue, as Nest controllers write it: each route calls the shared example domain, and documents its
 * answers with `@nestjs/swagger` (problems through `@ApiProblemResponses`, which also gives `/widgets` its 422).
 */
@Controller()
@ApiProblemResponses()
export class CatalogueController {
  @Get('entities/:id')
  @ApiOkResponse({ schema: schema(domain.SUCCESS_SCHEMAS.entity) })
  @ApiProblemResponses(NotFoundProblem)
  getEntity(@Param('id') id: string): HttpResponse {
    return domain.getEntity(id);
  }

  @Get('secure')
  @ApiOkResponse({ schema: schema(domain.SUCCESS_SCHEMAS.ok) })
  @ApiProblemResponses(UnauthorizedException)
  secure(@Headers('authorization') authorization: string | undefined): HttpResponse {
    return domain.secure(authorization);
  }

  @Post('predict')
  @HttpCode(200)
  @ApiBody({ schema: schema(domain.PREDICT_REQUEST_SCHEMA) })
  @ApiOkResponse({ schema: schema(domain.SUCCESS_SCHEMAS.prediction) })
  @ApiProblemResponses(UnauthorizedException)
  predict(@Req() request: { headers: Record<string, string | undefined>; body: unknown }): HttpResponse {
    return domain.predict({
      contentType: request.headers['content-type'],
      authorization: request.headers.authorization,
      body: request.body,
    });
  }

  @Post('widgets')
  @ApiCreatedResponse({ schema: schema(domain.SUCCESS_SCHEMAS.created) })
  createWidget(@Body(new HttpWireValidationPipe()) widget: WidgetDto): HttpResponse {
    return domain.createdWidget(widget.name);
  }

  @Get('responses/:kind')
  @ApiOkResponse({ content: schema(domain.RESPONSE_KINDS_CONTENT) })
  @ApiProblemResponses(NotFoundProblem)
  response(@Param('kind') kind: string): HttpResponse {
    const response = domain.RESPONSES[kind];
    if (response === undefined) throw new NotFoundException(`Cannot GET /responses/${kind}`);
    return response();
  }

  @Get('conflict')
  @ApiProblemResponses(domain.DuplicateEntityException)
  conflict(): never {
    return domain.conflict();
  }

  @Get('credit')
  @ApiProblemResponses(domain.OutOfCreditException)
  credit(): never {
    return domain.outOfCredit();
  }

  @Get('results/:name')
  @ApiOkResponse({ schema: schema(domain.SUCCESS_SCHEMAS.results) })
  @ApiNoContentResponse()
  results(@Param('name') name: string): HttpResponse {
    return domain.results(name);
  }

  @Get('crash')
  crash(): never {
    return domain.crash();
  }

  @Get('crash-string')
  crashString(): never {
    return domain.crashString();
  }

  @Get('teapot')
  @ApiProblemResponses(ImATeapotException)
  teapot(): never {
    return domain.teapot();
  }

  @Get('methods')
  @ApiProblemResponses(MethodNotAllowedException)
  methods(): never {
    return domain.methods();
  }

  @Get('slow-down')
  @ApiProblemResponses(TooManyRequestsException)
  slowDown(): never {
    return domain.slowDown();
  }

  @Get('foreign/:library')
  @ApiProblemResponses(NotFoundProblem)
  foreign(@Param('library') library: string): never {
    const thrower = domain.FOREIGN_NOT_FOUND[library];
    if (thrower === undefined) throw new NotFoundException(`Cannot GET /foreign/${library}`);
    return thrower();
  }

  @Get('stream-fail')
  @ApiOkResponse({ content: { 'text/plain': { schema: schema(domain.SUCCESS_SCHEMAS.text) } } })
  streamFail(): HttpResponse {
    return domain.streamFail();
  }
}
