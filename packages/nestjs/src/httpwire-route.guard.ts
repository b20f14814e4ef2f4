import type { ToWireOptions } from '@httpwire/core';
import { type CanActivate, type ExecutionContext, Inject, Injectable, Optional } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { HTTPWIRE_OPTIONS } from './httpwire.constants.js';
import { recordRouteContext } from './route-context.js';
import { RouteContextCache } from './route-context-cache.js';
import { installWireReply } from './wire-reply.js';

/**
 * Settings of {@link HttpWireRouteGuard}.
 *
 * @example
 * app.useGlobalGuards(new HttpWireRouteGuard(options, app.get(HttpAdapterHost), { returnValues: false }));
 */
export interface HttpWireRouteGuardSettings {
  /** Write what handlers return through httpwire. Default: `true`. */
  returnValues?: boolean | undefined;
}

/**
 * Lets every HTTP request through, after recording its route's context (options from `@HttpWireOptions()`,
 * `@HttpCode()`, the `@Header()` names) for the exception filter and the HTTP adapter's `reply`, which it
 * teaches to write what handlers return as httpwire's bytes:
 * - an `HttpResponse` exactly as core serialized it (no Buffer-as-JSON, no added charset, no `ETag`); its
 *   status wins over `@HttpCode()`;
 * - a plain value as JSON (a string as text, nothing as 204), with `@HttpCode()`'s status when set;
 * - `@Header()` headers stay on successful responses.
 * Streams, `StreamableFile`s and web `Response`s are left to Nest.
 *
 * It is a guard rather than an interceptor on purpose: Nest runs every route with an interceptor through an
 * rxjs pipeline, which costs about a fifth of a fast route's throughput; a guard that answers `true` at once
 * costs a few microtasks. `HttpWireModule.forRoot()` registers it globally. Registered by hand, it needs the
 * adapter host:
 *
 * @example
 * app.useGlobalGuards(new HttpWireRouteGuard(options, app.get(HttpAdapterHost)));
 */
@Injectable()
export class HttpWireRouteGuard implements CanActivate {
  private readonly routes: RouteContextCache;

  constructor(
    @Optional() @Inject(HTTPWIRE_OPTIONS) options?: ToWireOptions,
    @Optional() @Inject(HttpAdapterHost) adapterHost?: HttpAdapterHost,
    settings: HttpWireRouteGuardSettings = {},
  ) {
    this.routes = new RouteContextCache(options ?? {}, settings.returnValues !== false);
    installWireReply(adapterHost?.httpAdapter);
  }

  canActivate(context: ExecutionContext): true {
    if (context.getType() === 'http') {
      recordRouteContext(context.switchToHttp().getRequest<object>(), this.routes.of(context));
    }
    return true;
  }
}
