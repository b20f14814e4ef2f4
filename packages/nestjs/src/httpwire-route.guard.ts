import type { ToWireOptions } from '@httpwire/core';
import { type CanActivate, type ExecutionContext, Inject, Injectable, Optional } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { HTTPWIRE_OPTIONS } from './httpwire.constants.js';
import { resolveModuleOptions } from './module-options.js';
import { recordRouteContext } from './route-context.js';
import { RouteContextCache } from './route-context-cache.js';
import { installWireReply } from './wire-reply.js';

/**
 * Settings of {@link HttpWireRouteGuard}.
 *
 * @example
 * ```ts
 * app.useGlobalGuards(new HttpWireRouteGuard(options, app.get(HttpAdapterHost), { returnValues: false }));
 * ```
 */
export interface HttpWireRouteGuardSettings {
  /** Write the `HttpResponse`s handlers return through httpwire. Default: `true`. */
  returnValues?: boolean | undefined;
}

/**
 * Lets every HTTP request through, after recording its route's context (options from `@HttpWireOptions()`, the
 * status Nest gives its result, the `@Header()` names) for the exception filter and for the HTTP adapter's
 * `reply`, which it teaches to write an `HttpResponse` a handler returns exactly as built (its status wins over
 * `@HttpCode()`). Everything else a handler returns is Nest's to send, with Nest's status (201 for a `@Post()`)
 * and the app's `@HttpCode()`, `@Header()` and passthrough `res.status()`.
 *
 * It is a guard rather than an interceptor on purpose: Nest runs every route with an interceptor through an
 * rxjs pipeline, which costs about a fifth of a fast route's throughput; a guard that answers `true` at once
 * costs a few microtasks. `HttpWireModule.forRoot()` registers it globally. Registered by hand, it needs the
 * adapter host:
 *
 * @example
 * ```ts
 * app.useGlobalGuards(new HttpWireRouteGuard(options, app.get(HttpAdapterHost)));
 * ```
 */
@Injectable()
export class HttpWireRouteGuard implements CanActivate {
  private readonly routes: RouteContextCache;
  private readonly options: ToWireOptions;
  private replyInstalled = false;

  constructor(
    @Optional() @Inject(HTTPWIRE_OPTIONS) options?: ToWireOptions,
    @Optional() @Inject(HttpAdapterHost) private readonly adapterHost?: HttpAdapterHost,
    settings: HttpWireRouteGuardSettings = {},
  ) {
    this.options = resolveModuleOptions(options);
    this.routes = new RouteContextCache(this.options, settings.returnValues !== false);
  }

  canActivate(context: ExecutionContext): true {
    if (context.getType() !== 'http') return true;
    // The adapter exists only once the application does: a testing module builds its providers before that.
    if (!this.replyInstalled) {
      installWireReply(this.adapterHost?.httpAdapter, this.options);
      this.replyInstalled = this.adapterHost?.httpAdapter !== undefined;
    }
    recordRouteContext(context.switchToHttp().getRequest<object>(), this.routes.of(context));
    return true;
  }
}
