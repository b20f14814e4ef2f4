import { HttpResponse, NotFoundException } from '@httpwire/core';
import { Controller, Get } from '@nestjs/common';
import { COOKIES, crash, JSON_BODY, TEXT_BODY } from '../routes.js';

/** Nest with `@httpwire/nestjs`: a plain value (Nest's), an `HttpResponse` (httpwire's), or httpwire's exceptions. */
@Controller()
export class NestHttpwireController {
  @Get('json')
  json(): typeof JSON_BODY {
    return JSON_BODY;
  }

  @Get('response-json')
  responseJson(): HttpResponse {
    return HttpResponse.json(JSON_BODY);
  }

  @Get('throw-404')
  throw404(): never {
    throw new NotFoundException();
  }

  @Get('crash')
  crash(): never {
    return crash();
  }

  @Get('text')
  text(): HttpResponse {
    return HttpResponse.text(TEXT_BODY, { headers: { 'set-cookie': COOKIES } });
  }
}
