import * as domain from '@httpwire/example-domain';
import { HttpWireModule } from '@httpwire/nestjs';
import { type DynamicModule, Module } from '@nestjs/common';
import { CatalogueController } from './catalogue.controller.js';
import { createFuzzController } from './fuzz.controller.js';
import { LegacyController } from './legacy.controller.js';

/** The example app: the whole route catalogue, with httpwire's filter and route guard registered globally. */
@Module({})
export class AppModule {
  static register(report: domain.ReportLine = domain.stderrReport): DynamicModule {
    const onError = domain.errorReporter(report);
    const controllers: DynamicModule['controllers'] = [CatalogueController, LegacyController];
    if (domain.fuzzRoutesEnabled()) controllers.push(createFuzzController(onError));
    return {
      module: AppModule,
      imports: [HttpWireModule.forRoot({ onError })],
      controllers,
    };
  }
}
