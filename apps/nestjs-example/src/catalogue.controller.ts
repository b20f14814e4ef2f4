import type { HttpResponse } from '@httpwire/core';
import * as domain from '@httpwire/example-domain';
import { ApiProblemResponses, HttpWireValidationPipe } from '@httpwire/nestjs';
import { Body, Controller, Get, Headers, HttpCode, NotFoundException, Param, Post, Req } from '@nestjs/common';
import { WidgetDto } from './widget.dto.js';

/** The route catalogue, as Nest controllers write it: each route calls the shared example domain. */
@Controller()
export class CatalogueController {
  @Get('entities/:id')
  @ApiProblemResponses(domain.DuplicateEntityException)
  getEntity(@Param('id') id: string): HttpResponse {
    return domain.getEntity(id);
  }

  @Get('secure')
  secure(@Headers('authorization') authorization: string | undefined): HttpResponse {
    return domain.secure(authorization);
  }

  @Post('predict')
  @HttpCode(200)
  predict(@Req() request: { headers: Record<string, string | undefined>; body: unknown }): HttpResponse {
    return domain.predict({
      contentType: request.headers['content-type'],
      authorization: request.headers.authorization,
      body: request.body,
    });
  }

  @Post('widgets')
  createWidget(@Body(new HttpWireValidationPipe()) widget: WidgetDto): HttpResponse {
    return domain.createdWidget(widget.name);
  }

  @Get('responses/:kind')
  response(@Param('kind') kind: string): HttpResponse {
    const response = domain.RESPONSES[kind];
    if (response === undefined) throw new NotFoundException(`Cannot GET /responses/${kind}`);
    return response();
  }

  @Get('conflict')
  conflict(): never {
    return domain.conflict();
  }

  @Get('credit')
  credit(): never {
    return domain.outOfCredit();
  }

  @Get('results/:name')
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
  teapot(): never {
    return domain.teapot();
  }

  @Get('methods')
  methods(): never {
    return domain.methods();
  }

  @Get('slow-down')
  slowDown(): never {
    return domain.slowDown();
  }

  @Get('foreign/:library')
  foreign(@Param('library') library: string): never {
    const thrower = domain.FOREIGN_NOT_FOUND[library];
    if (thrower === undefined) throw new NotFoundException(`Cannot GET /foreign/${library}`);
    return thrower();
  }

  @Get('stream-fail')
  streamFail(): HttpResponse {
    return domain.streamFail();
  }
}
