import { fromReturnValue, isHttpException, isHttpResponse, type ToWireOptions } from '@httpwire/core';
import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
  Optional,
  StreamableFile,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { map, type Observable } from 'rxjs';
import { decoratorHeadersOf, httpCodeOf, optionsFor } from './execution-options.js';
import { HTTPWIRE_OPTIONS } from './httpwire.constants.js';
import { type RouteContext, recordRouteContext } from './route-context.js';
import { installWireReply, wireReply } from './wire-reply.js';

/** Values Nest streams itself (`StreamableFile`, web streams, async iterables, `Response`): left to Nest. */
function isStreamed(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || isHttpResponse(value)) return false;
  return (
    value instanceof StreamableFile ||
    Symbol.asyncIterator in value ||
    typeof (value as { getReader?: unknown }).getReader === 'function' ||
    (typeof Response === 'function' && value instanceof Response)
  );
}

/**
 * Writes what HTTP handlers return through httpwire, on both Nest platforms:
 * - an `HttpResponse` exactly as core serialized it (no Buffer-as-JSON, no added charset, no `ETag`); its
 *   status wins over `@HttpCode()`;
 * - a plain value as JSON (a string as text, nothing as 204), with `@HttpCode()`'s status when set;
 * - `@Header()` headers stay on successful responses.
 * Streams, `StreamableFile`s and web `Response`s are left to Nest.
 *
 * `HttpWireModule.forRoot()` registers it globally. Registered by hand, it needs the adapter host:
 *
 * @example
 * app.useGlobalInterceptors(new HttpWireInterceptor(options, app.get(HttpAdapterHost)));
 */
@Injectable()
export class HttpWireInterceptor implements NestInterceptor {
  private readonly options: ToWireOptions;
  /** Route metadata, read once per controller and handler rather than on every request. */
  private readonly routes = new WeakMap<object, WeakMap<object, RouteContext & { status: number | undefined }>>();

  constructor(
    @Optional() @Inject(HTTPWIRE_OPTIONS) options?: ToWireOptions,
    @Optional() @Inject(HttpAdapterHost) adapterHost?: HttpAdapterHost,
  ) {
    this.options = options ?? {};
    installWireReply(adapterHost?.httpAdapter);
  }

  private routeOf(context: ExecutionContext): RouteContext & { status: number | undefined } {
    const controller = context.getClass();
    const handler = context.getHandler();
    let byHandler = this.routes.get(controller);
    if (byHandler === undefined) {
      byHandler = new WeakMap();
      this.routes.set(controller, byHandler);
    }
    let route = byHandler.get(handler);
    if (route === undefined) {
      route = {
        options: optionsFor(this.options, context),
        decoratorHeaders: decoratorHeadersOf(context).map(({ name }) => name),
        status: httpCodeOf(context),
      };
      byHandler.set(handler, route);
    }
    return route;
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const route = this.routeOf(context);
    const { options, status } = route;
    recordRouteContext(context.switchToHttp().getRequest<object>(), route);
    return next.handle().pipe(
      map((value: unknown) => {
        if (isStreamed(value)) return value;
        if (isHttpException(value)) return wireReply(value, options);
        return wireReply(fromReturnValue(value, { status }), options);
      }),
    );
  }
}
