import { isHttpResponse, type ToWireOptions } from '@httpwire/core';
import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
  Optional,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { type Observable, tap } from 'rxjs';
import { HTTPWIRE_OPTIONS } from './httpwire.constants.js';
import { resolveModuleOptions } from './module-options.js';
import { recordReturnedResponse, recordRouteContext, routeContextOf } from './route-context.js';
import { RouteContextCache } from './route-context-cache.js';
import { installWireReply } from './wire-reply.js';

/**
 * Records the `HttpResponse` a handler returns, before other interceptors reshape it
 * (`ClassSerializerInterceptor` turns it into a plain object), so the adapter's `reply` still writes it exactly
 * as built; and records the route's context, as {@link HttpWireRouteGuard} does, where that guard is not
 * registered. `HttpWireModule` adds it, innermost, to the routes that have interceptors of their own; register
 * it by hand (innermost: last) only in apps that use neither the module nor the guard.
 *
 * @example
 * ```ts
 * app.useGlobalInterceptors(new ClassSerializerInterceptor(app.get(Reflector)), new HttpWireInterceptor(options, app.get(HttpAdapterHost)));
 * ```
 */
@Injectable()
export class HttpWireInterceptor implements NestInterceptor {
  private readonly routes: RouteContextCache;
  private readonly options: ToWireOptions;

  constructor(
    @Optional() @Inject(HTTPWIRE_OPTIONS) options?: ToWireOptions,
    @Optional() @Inject(HttpAdapterHost) private readonly adapterHost?: HttpAdapterHost,
  ) {
    this.options = resolveModuleOptions(options);
    this.routes = new RouteContextCache(this.options, true);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    installWireReply(this.adapterHost?.httpAdapter, this.options);
    const request = context.switchToHttp().getRequest<object>();
    if (routeContextOf(request) === undefined) recordRouteContext(request, this.routes.of(context));
    return next.handle().pipe(
      tap((value: unknown) => {
        if (isHttpResponse(value)) recordReturnedResponse(request, value);
      }),
    );
  }
}
