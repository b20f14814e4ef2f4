import type { ToWireOptions } from '@httpwire/core';
import { sendError } from '@httpwire/node';
import { type ArgumentsHost, Catch, type ExceptionFilter, Inject, Optional } from '@nestjs/common';
import { HTTPWIRE_OPTIONS } from './httpwire.constants.js';
import { resolveModuleOptions } from './module-options.js';
import { type NestResponse, rawResponse, removeHeader, requestOf } from './nest-response.js';
import { asRouteNotFound } from './nest-route-not-found.js';
import { routeContextOf } from './route-context.js';

/** Headers from `@Header()` that stay on an error response: cookies, caching variance and CORS. */
function survivesOntoErrors(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === 'set-cookie' || lower === 'vary' || lower.startsWith('access-control-');
}

/**
 * Catches everything thrown in HTTP routes, on both Nest platforms, and writes it as an RFC 9457 problem:
 * Nest's own exceptions (an object response keeps the app's members in `details`; `ValidationPipe`'s message
 * array too), `@nestjs/throttler`'s, http-errors, boom, body-parser and Fastify errors all map to the same
 * bytes as on every other stack. Anything else is a 500, as with Nest's own filter.
 * - Non-HTTP contexts (rpc, ws, graphql) are rethrown untouched.
 * - Headers set by `@Header()` do not leak onto errors, except `set-cookie`, `vary` and `access-control-*`.
 * - An error after the headers went out is reported to `onError` and cuts the connection.
 * - Without `onError`, reported errors are logged through Nest's `Logger`, as `BaseExceptionFilter` does.
 *
 * `HttpWireModule.forRoot()` registers it globally; it also works with `app.useGlobalFilters()` and
 * `@UseFilters()`.
 *
 * @example
 * ```ts
 * app.useGlobalFilters(new HttpWireExceptionFilter({ onError: (error) => console.error(error) }));
 * ```
 */
@Catch()
export class HttpWireExceptionFilter implements ExceptionFilter {
  private readonly options: ToWireOptions;

  constructor(@Optional() @Inject(HTTPWIRE_OPTIONS) options?: ToWireOptions) {
    this.options = resolveModuleOptions(options);
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const response = host.switchToHttp().getResponse<NestResponse>();
    const request = requestOf(response);
    const route = routeContextOf(request);
    if (route !== undefined && !rawResponse(response).headersSent) {
      for (const name of route.decoratorHeaders) if (!survivesOntoErrors(name)) removeHeader(response, name);
    }
    sendError(response, asRouteNotFound(exception, request), route?.options ?? this.options);
  }
}
