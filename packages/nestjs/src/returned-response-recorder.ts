import { isHttpResponse } from '@httpwire/core';
import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import type { ExternalContextCreator, ModulesContainer } from '@nestjs/core';
import { type Observable, tap } from 'rxjs';
import { recordReturnedResponse } from './route-context.js';

/** Nest's metadata keys of `@UseInterceptors()` and of a route's path, the same in Nest 11 and 12. */
const INTERCEPTORS_METADATA = '__interceptors__';
const PATH_METADATA = 'path';

/**
 * Records the `HttpResponse` a handler returns on its request, before the route's other interceptors see it.
 * It holds no state of any app, so that one instance serves every app in the process.
 */
const returnedResponseRecorder: NestInterceptor = {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<object>();
    return next.handle().pipe(
      tap((value: unknown) => {
        if (isHttpResponse(value)) recordReturnedResponse(request, value);
      }),
    );
  },
};

/**
 * Makes the recorder the innermost interceptor of every route that has interceptors (global, on its controller
 * or on its handler), as `@UseInterceptors()` on the handler would: an interceptor that reshapes results
 * (`ClassSerializerInterceptor`, a `{ data }` wrapper) would otherwise hand Nest a copy of an `HttpResponse` that
 * is no longer one. Routes without interceptors get none: Nest puts a route with any interceptor through an rxjs
 * pipeline, and the adapter's `reply` sees what they return as it is. Runs before Nest builds its routes.
 */
export function recordReturnedResponses(modules: ModulesContainer, contexts: ExternalContextCreator): void {
  const anyGlobal = hasGlobalInterceptors(contexts);
  for (const module of modules.values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype;
      if (typeof controller !== 'function') continue;
      const onClass = interceptorsOf(controller);
      for (const handler of routeHandlersOf(controller)) {
        const onHandler = interceptorsOf(handler);
        if (onHandler.includes(returnedResponseRecorder)) continue;
        if (!anyGlobal && onClass.length === 0 && onHandler.length === 0) continue;
        Reflect.defineMetadata(INTERCEPTORS_METADATA, [...onHandler, returnedResponseRecorder], handler);
      }
    }
  }
}

function interceptorsOf(target: object): unknown[] {
  return (Reflect.getMetadata(INTERCEPTORS_METADATA, target) as unknown[] | undefined) ?? [];
}

function routeHandlersOf(controller: { prototype: object }): object[] {
  const handlers: object[] = [];
  const seen = new Set<string>();
  for (
    let proto = controller.prototype;
    proto !== null && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name === 'constructor' || seen.has(name)) continue;
      seen.add(name);
      const handler = Object.getOwnPropertyDescriptor(proto, name)?.value as unknown;
      if (typeof handler === 'function' && Reflect.getMetadata(PATH_METADATA, handler) !== undefined)
        handlers.push(handler);
    }
  }
  return handlers;
}

/**
 * Whether the app has global interceptors (`useGlobalInterceptors()`, `APP_INTERCEPTOR`). Nest keeps them in its
 * application config, which it exposes to no provider; its external context creator holds the container that
 * holds it. Where that is not so, they are taken to exist.
 */
function hasGlobalInterceptors(contexts: ExternalContextCreator): boolean {
  const config = (contexts as unknown as { container?: { applicationConfig?: ApplicationConfigLike } }).container
    ?.applicationConfig;
  if (typeof config?.getGlobalInterceptors !== 'function') return true;
  const requestScoped = config.getGlobalRequestInterceptors?.() ?? [];
  return config.getGlobalInterceptors().length > 0 || [...requestScoped].length > 0;
}

interface ApplicationConfigLike {
  getGlobalInterceptors(): unknown[];
  getGlobalRequestInterceptors?(): Iterable<unknown>;
}
