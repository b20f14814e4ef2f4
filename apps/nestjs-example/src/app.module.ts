import * as domain from '@httpwire/example-domain';
import { HttpWireModule } from '@httpwire/nestjs';
import { type DynamicModule, Module } from '@nestjs/common';
import { CatalogueController } from './catalogue.controller.js';
import { LegacyController } from './legacy.controller.js';

/** The example app: the whole route catalogue, with httpwire's filter and interceptor registered globally. */
@Module({})
export class AppModule {
  static register(report: domain.ReportLine = domain.stderrReport): DynamicModule {
    return {
      module: AppModule,
      imports: [HttpWireModule.forRoot({ onError: domain.errorReporter(report) })],
      controllers: [CatalogueController, LegacyController],
    };
  }
}
