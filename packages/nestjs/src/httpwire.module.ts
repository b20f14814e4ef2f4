import type { ToWireOptions } from '@httpwire/core';
import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { HTTPWIRE_OPTIONS } from './httpwire.constants.js';
import { HttpWireInterceptor } from './httpwire.interceptor.js';
import { HttpWireExceptionFilter } from './httpwire-exception.filter.js';
import type { HttpWireModuleAsyncOptions, HttpWireModuleOptions } from './httpwire-module-options.js';

function globalProviders(filter: boolean | undefined, interceptor: boolean | undefined): Provider[] {
  return [
    ...(filter === false ? [] : [{ provide: APP_FILTER, useClass: HttpWireExceptionFilter }]),
    ...(interceptor === false ? [] : [{ provide: APP_INTERCEPTOR, useClass: HttpWireInterceptor }]),
  ];
}

/**
 * httpwire for NestJS: registers `HttpWireExceptionFilter` and `HttpWireInterceptor` globally (each can be
 * turned off), so every HTTP route sends the same bytes as the Express and Fastify bindings, on both Nest
 * platforms. The module is global: `HTTPWIRE_OPTIONS` can be injected anywhere.
 *
 * @example
 * @Module({ imports: [HttpWireModule.forRoot({ onError: (error) => console.error(error) })] })
 * export class AppModule {}
 */
@Module({})
export class HttpWireModule {
  /**
   * Registers httpwire with static options (core's `toWire` options).
   *
   * @example
   * HttpWireModule.forRoot({ statusPolicy: 'default', exposeInternalErrors: false });
   */
  static forRoot(options: HttpWireModuleOptions = {}): DynamicModule {
    const { filter, interceptor, ...wireOptions } = options;
    return {
      module: HttpWireModule,
      global: true,
      providers: [{ provide: HTTPWIRE_OPTIONS, useValue: wireOptions }, ...globalProviders(filter, interceptor)],
      exports: [HTTPWIRE_OPTIONS],
    };
  }

  /**
   * Registers httpwire with options made by a factory, which may inject providers.
   *
   * @example
   * HttpWireModule.forRootAsync({ inject: [Logger], useFactory: (logger: Logger) => ({ onError: (e) => logger.error(e) }) });
   */
  static forRootAsync(options: HttpWireModuleAsyncOptions): DynamicModule {
    return {
      module: HttpWireModule,
      global: true,
      imports: options.imports ?? [],
      providers: [
        {
          provide: HTTPWIRE_OPTIONS,
          useFactory: options.useFactory as (...args: unknown[]) => ToWireOptions | Promise<ToWireOptions>,
          inject: (options.inject ?? []) as never[],
        },
        ...globalProviders(options.filter, options.interceptor),
      ],
      exports: [HTTPWIRE_OPTIONS],
    };
  }
}
