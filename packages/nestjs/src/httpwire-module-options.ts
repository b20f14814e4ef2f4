import type { ToWireOptions } from '@httpwire/core';
import type { ModuleMetadata } from '@nestjs/common';

/**
 * Options of `HttpWireModule.forRoot`: core's `toWire` options, plus which global providers to register.
 *
 * @example
 * ```ts
 * HttpWireModule.forRoot({ onError: (error) => logger.error(error), filter: true, returnValues: true });
 * ```
 */
export interface HttpWireModuleOptions extends ToWireOptions {
  /** Register `HttpWireExceptionFilter` globally (`APP_FILTER`). Default: `true`. */
  filter?: boolean | undefined;
  /** Write what HTTP handlers return through httpwire (`HttpWireRouteGuard`, `APP_GUARD`). Default: `true`. */
  returnValues?: boolean | undefined;
  /**
   * @deprecated Use `returnValues`: the module writes return values from a guard now, not an interceptor.
   * `interceptor: false` still means `returnValues: false`.
   */
  interceptor?: boolean | undefined;
}

/**
 * Options of `HttpWireModule.forRootAsync`.
 *
 * @example
 * ```ts
 * HttpWireModule.forRootAsync({
 *   imports: [ConfigModule],
 *   inject: [ConfigService],
 *   useFactory: (config: ConfigService) => ({ exposeInternalErrors: config.get('DEV') === 'true' }),
 * });
 * ```
 */
export interface HttpWireModuleAsyncOptions extends Pick<ModuleMetadata, 'imports'> {
  useFactory: (...args: never[]) => ToWireOptions | Promise<ToWireOptions>;
  inject?: unknown[] | undefined;
  /** Register the filter globally. Default: `true`. */
  filter?: boolean | undefined;
  /** Write what HTTP handlers return through httpwire. Default: `true`. */
  returnValues?: boolean | undefined;
  /** @deprecated Use `returnValues`. */
  interceptor?: boolean | undefined;
}
