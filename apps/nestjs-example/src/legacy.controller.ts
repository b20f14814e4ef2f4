import type { HttpResponse } from '@httpwire/core';
import * as domain from '@httpwire/example-domain';
import { HttpWireOptions } from '@httpwire/nestjs';
import { Controller, Get, Param } from '@nestjs/common';

/** `/legacy/:case` runs under Google Cloud Endpoints' status policy, set on the controller. */
@Controller('legacy')
@HttpWireOptions({ statusPolicy: 'endpoints' })
export class LegacyController {
  @Get(':case')
  legacy(@Param('case') name: string): HttpResponse {
    return domain.legacy(name);
  }
}
