import type { ToWireOptions } from '@httpwire/core';
import { failAfterHeaders, wireRequestOf } from '@httpwire/node-wire';
import { type ArgumentsHost, Catch, type ExceptionFilter, Inject, Optional } from '@nestjs/common';
import { HTTPWIRE_OPTIONS } from './httpwire.constants.js';
import { type NestResponse, rawResponse, removeHeader, requestOf, writeOutcome } from './nest-response.js';
import { asRouteNotFound } from './nest-route-not-found.js';
import { routeContextOf } from './route-context.js';

/** Headers from `@Header()` that stay on an error response: cookies, caching variance and CORS. */
function survivesOntoErrors(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === 'set-cookie' || lower === 'vary' || lower.startsWith('access-control-');
}

/**
 * Catches everything thrown in HTTP routes, on both Nest platforms, and writes it as httpwire's wire
 * form: Nest's own exceptions (including `ValidationPipe`'s message array, as `details`), http-errors,
 * boom, body-parser and Fastify errors all map to the same bytes as on every other stack.
 * - Non-HTTP contexts (rpc, ws, graphql) are rethrown untouched.
 * - Headers set by `@Header()` do not leak onto errors, except `set-cookie`, `vary` and `access-control-*`.
 * - An error after the headers went out is reported to `onError` and cuts the connection.
 *
 * `HttpWireModule.forRoot()` registers it globally; it also works with `app.useGlobalFilters()` and
 * `@UseFilters()`.
 *
 * @example
 * app.useGlobalFilters(new HttpWireExceptionFilter({ onError: (error) => console.error(error) }));
 */
@Catch()
export class HttpWireExceptionFilter implements ExceptionFilter {
  private readonly options: ToWireOptions;

  constructor(@Optional() @Inject(HTTPWIRE_OPTIONS) options?: ToWireOptions) {
    this.options = options ?? {};
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const response = http.getResponse<NestResponse>();
    const route = routeContextOf(http.getRequest<object>());
    const options = route?.options ?? this.options;
    const request = requestOf(response);
    const raw = rawResponse(response);
    if (raw.headersSent) {
      failAfterHeaders(raw, exception, options, wireRequestOf(request));
      return;
    }
    for (const name of route?.decoratorHeaders ?? []) {
      if (!survivesOntoErrors(name)) removeHeader(response, name);
    }
    writeOutcome(response, asRouteNotFound(exception, request), options);
  }
}
