import type { ToWireOptions } from '@httpwire/core';
import { type FastifyHooksLike, watchFastifyJsonBodies } from '@httpwire/node';
import { type DynamicModule, Inject, Module, type NestModule, type Provider } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, ExternalContextCreator, HttpAdapterHost, ModulesContainer } from '@nestjs/core';
import { HTTPWIRE_OPTIONS } from './httpwire.constants.js';
import { HttpWireExceptionFilter } from './httpwire-exception.filter.js';
import type { HttpWireModuleAsyncOptions, HttpWireModuleOptions } from './httpwire-module-options.js';
import { HttpWireRouteGuard } from './httpwire-route.guard.js';
import { recordReturnedResponses } from './returned-response-recorder.js';

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

/** Fastify, by shape (Express's app has no `initialConfig`). */
function isFastifyInstance(instance: unknown): instance is FastifyHooksLike {
  return (
    typeof instance === 'object' &&
    instance !== null &&
    typeof (instance as { addHook?: unknown }).addHook === 'function' &&
    typeof (instance as { initialConfig?: unknown }).initialConfig === 'object'
  );
}

/**
 * httpwire for NestJS: registers `HttpWireExceptionFilter` and `HttpWireRouteGuard` globally, on both Nest
 * platforms. httpwire decides only what the app left undecided:
 * - every error becomes an RFC 9457 problem, the same bytes as the Express and Fastify bindings send
 *   (the filter; `filter: false` leaves errors to you);
 * - an `HttpResponse` a handler returns is written exactly as built, also through interceptors that reshape
 *   results, such as `ClassSerializerInterceptor` (the guard; `returnValues: false` leaves it to Nest);
 * - everything else is Nest's: plain values, `@HttpCode()`, the 201 of a `@Post()`, `@Header()`, `@Res({ passthrough })`,
 *   `StreamableFile`, streams, redirects and the app's own filters.
 *
 * It works the same in `Test.createTestingModule()` as with `NestFactory`. The module is global:
 * `HTTPWIRE_OPTIONS` can be injected anywhere.
 *
 * @example
 * ```ts
 * class AppModule {}
 * // What `@Module({ imports: [...] })` above the class does (a line starting with `@` would end this example):
 * Module({ imports: [HttpWireModule.forRoot({ onError: (error) => console.error(error) })] })(AppModule);
 * ```
 */
@Module({})
export class HttpWireModule implements NestModule {
  constructor(
    @Inject(ModulesContainer) private readonly modules: ModulesContainer,
    @Inject(ExternalContextCreator) private readonly contexts: ExternalContextCreator,
    @Inject(HttpAdapterHost) private readonly adapterHost: HttpAdapterHost,
  ) {}

  /** Runs before Nest builds its routes (see `recordReturnedResponses`). */
  configure(): void {
    recordReturnedResponses(this.modules, this.contexts);
    // On the Fastify platform, Fastify refuses JSON with a `__proto__` key as invalid JSON: this tells them apart.
    const instance: unknown = this.adapterHost.httpAdapter?.getInstance?.();
    if (isFastifyInstance(instance)) watchFastifyJsonBodies(instance);
  }

  /**
   * Registers httpwire with static options (core's `toWire` options).
   *
   * @example
   * ```ts
   * HttpWireModule.forRoot({ statusPolicy: 'default', exposeInternalErrors: false });
   * ```
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
   * ```ts
   * HttpWireModule.forRootAsync({ inject: [Logger], useFactory: (logger: Logger) => ({ onError: (e) => logger.error(e) }) });
   * ```
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
