import type { ToWireOptions } from '@httpwire/core';

/** What the interceptor learns of a route that the exception filter needs, but cannot see itself. */
export interface RouteContext {
  /** The options in force for the route (module, then `@HttpWireOptions()` on class and handler). */
  options: ToWireOptions;
  /** The header names `@Header()` sets on the handler. */
  decoratorHeaders: string[];
}

// Nest hands exception filters an ArgumentsHost without the handler, so `@HttpWireOptions()` on a route
// would not reach errors thrown in it. The interceptor records the route's context on the request instead.
// A symbol-keyed property, not a WeakMap: a WeakMap entry per request is one more ephemeron for the
// garbage collector to trace on every request.
const ROUTE_CONTEXT = Symbol('httpwire.nestjs.routeContext');

type WithRouteContext = { [ROUTE_CONTEXT]?: RouteContext };

/** Records the route context of a request. */
export function recordRouteContext(request: object, context: RouteContext): void {
  (request as WithRouteContext)[ROUTE_CONTEXT] = context;
}

/** The route context the interceptor recorded for a request, if it ran. */
export function routeContextOf(request: object): RouteContext | undefined {
  return (request as WithRouteContext)[ROUTE_CONTEXT];
}
