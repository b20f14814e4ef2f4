import type { HttpResponse } from '@httpwire/core';
import * as domain from '@httpwire/example-domain';
import { ApiProblemResponses, HttpWireOptions } from '@httpwire/nestjs';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { schema } from './openapi-schema.js';

/**
 * `/legacy/:case` runs under Google Cloud Endpoints' status policy, set on the controller. Its document lists the
 * statuses the policy sends (a 418 and a 302 become 404s, a 405 a 501, a 408 and a 502 a 503, a 201 a 204).
 */
@Controller('legacy')
@HttpWireOptions({ statusPolicy: 'endpoints' })
export class LegacyController {
  @Get(':case')
  @ApiOkResponse({ schema: schema(domain.SUCCESS_SCHEMAS.ok) })
  @ApiNoContentResponse()
  @ApiProblemResponses(404, 501, 503)
  legacy(@Param('case') name: string): HttpResponse {
    return domain.legacy(name);
  }
}
