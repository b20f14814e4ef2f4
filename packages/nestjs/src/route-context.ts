import type { ReturnValueOptions, ToWireOptions } from '@httpwire/core';

/** What httpwire learns of a route before its handler runs, for the adapter's `reply` and the exception filter. */
export interface RouteContext {
  /** The options in force for the route (module, then `@HttpWireOptions()` on class and handler). */
  readonly options: ToWireOptions;
  /** The header names `@Header()` sets on the handler. */
  readonly decoratorHeaders: readonly string[];
  /** Whether httpwire writes what the handler returns (otherwise Nest does). */
  readonly writesReturnValues: boolean;
  /** `fromReturnValue`'s options: the status `@HttpCode()` sets, if any. */
  readonly returnValue: ReturnValueOptions;
  /** The status Nest passes to `reply()` with the handler's result: `@HttpCode()`'s, else 201 for POST, else 200. */
  readonly resultStatus: number;
}

// Nest hands exception filters an ArgumentsHost without the handler, and the adapter's `reply` gets only the
// response, so the route's context travels on the request.
// A symbol-keyed property, not a WeakMap: a WeakMap entry per request is one more ephemeron for the
// garbage collector to trace on every request.
const ROUTE_CONTEXT = Symbol('httpwire.nestjs.routeContext');

type WithRouteContext = { [ROUTE_CONTEXT]?: RouteContext };

/** Records the route context of a request. */
export function recordRouteContext(request: object, context: RouteContext): void {
  (request as WithRouteContext)[ROUTE_CONTEXT] = context;
}

/** The route context recorded for a request, if httpwire's guard or interceptor ran. */
export function routeContextOf(request: object): RouteContext | undefined {
  return (request as WithRouteContext)[ROUTE_CONTEXT];
}
