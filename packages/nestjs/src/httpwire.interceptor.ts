import { fromReturnValue, type ToWireOptions } from '@httpwire/core';
import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
  Optional,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { map, type Observable } from 'rxjs';
import { HTTPWIRE_OPTIONS } from './httpwire.constants.js';
import { recordRouteContext } from './route-context.js';
import { RouteContextCache } from './route-context-cache.js';
import { isStreamedValue } from './streamed-value.js';
import { installWireReply, wireReply } from './wire-reply.js';

/**
 * Writes what HTTP handlers return through httpwire, like `HttpWireRouteGuard` (which `HttpWireModule`
 * registers), but as an interceptor, for apps that register httpwire by hand and want it among their
 * interceptors. It costs more: Nest runs every route with an interceptor through an rxjs pipeline.
 * - an `HttpResponse` exactly as core serialized it; its status wins over `@HttpCode()`;
 * - a plain value as JSON (a string as text, nothing as 204), with `@HttpCode()`'s status when set;
 * - `@Header()` headers stay on successful responses.
 * Streams, `StreamableFile`s and web `Response`s are left to Nest.
 *
 * @example
 * app.useGlobalInterceptors(new HttpWireInterceptor(options, app.get(HttpAdapterHost)));
 */
@Injectable()
export class HttpWireInterceptor implements NestInterceptor {
  private readonly routes: RouteContextCache;

  constructor(
    @Optional() @Inject(HTTPWIRE_OPTIONS) options?: ToWireOptions,
    @Optional() @Inject(HttpAdapterHost) adapterHost?: HttpAdapterHost,
  ) {
    // The interceptor wraps the values itself, so the adapter's `reply` need not recognise the route.
    this.routes = new RouteContextCache(options ?? {}, false);
    installWireReply(adapterHost?.httpAdapter);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const route = this.routes.of(context);
    recordRouteContext(context.switchToHttp().getRequest<object>(), route);
    return next
      .handle()
      .pipe(
        map((value: unknown) =>
          isStreamedValue(value) ? value : wireReply(fromReturnValue(value, route.returnValue), route.options),
        ),
      );
  }
}
