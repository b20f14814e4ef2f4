import type { ToWireOptions } from '@httpwire/core';
import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, HttpAdapterHost } from '@nestjs/core';
import { HTTPWIRE_OPTIONS } from './httpwire.constants.js';
import { HttpWireExceptionFilter } from './httpwire-exception.filter.js';
import type { HttpWireModuleAsyncOptions, HttpWireModuleOptions } from './httpwire-module-options.js';
import { HttpWireRouteGuard } from './httpwire-route.guard.js';

type Registration = Pick<HttpWireModuleOptions, 'filter' | 'returnValues' | 'interceptor'>;

function globalProviders({ filter, returnValues, interceptor }: Registration): Provider[] {
  const settings = { returnValues: returnValues ?? interceptor };
  return [
    ...(filter === false ? [] : [{ provide: APP_FILTER, useClass: HttpWireExceptionFilter }]),
    {
      provide: APP_GUARD,
      useFactory: (options: ToWireOptions, adapterHost: HttpAdapterHost) =>
        new HttpWireRouteGuard(options, adapterHost, settings),
      inject: [HTTPWIRE_OPTIONS, HttpAdapterHost],
    },
  ];
}

/**
 * httpwire for NestJS: registers `HttpWireExceptionFilter` and `HttpWireRouteGuard` globally, so every HTTP
 * route sends the same bytes as the Express and Fastify bindings, on both Nest platforms, for what it throws
 * (the filter; `filter: false` leaves errors to you) and what it returns (the guard; `returnValues: false`
 * leaves return values to Nest). The module is global: `HTTPWIRE_OPTIONS` can be injected anywhere.
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
    const { filter, returnValues, interceptor, ...wireOptions } = options;
    return {
      module: HttpWireModule,
      global: true,
      providers: [
        { provide: HTTPWIRE_OPTIONS, useValue: wireOptions },
        ...globalProviders({ filter, returnValues, interceptor }),
      ],
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
        ...globalProviders(options),
      ],
      exports: [HTTPWIRE_OPTIONS],
    };
  }
}
