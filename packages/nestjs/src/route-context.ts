import type { HttpResponse, ToWireOptions } from '@httpwire/core';

/** What httpwire learns of a route before its handler runs, for the adapter's `reply` and the exception filter. */
export interface RouteContext {
  /** The options in force for the route (module, then `@HttpWireOptions()` on class and handler). */
  readonly options: ToWireOptions;
  /** The header names `@Header()` sets on the handler. */
  readonly decoratorHeaders: readonly string[];
  /** Whether httpwire writes an `HttpResponse` the handler returns (otherwise Nest does). */
  readonly writesResponses: boolean;
  /** The status Nest replies to the route's result with: `@HttpCode()`'s, else 201 for POST, else 200. */
  readonly resultStatus: number;
}

// Nest hands exception filters an ArgumentsHost without the handler, and the adapter's `reply` gets only the
// response, so the route's context travels on the request, under a symbol (a WeakMap entry per request would
// be one more ephemeron for the garbage collector to trace on every request).
const ROUTE_CONTEXT = Symbol('httpwire.nestjs.routeContext');
const RETURNED_RESPONSE = Symbol('httpwire.nestjs.returnedResponse');

type WithRouteContext = { [ROUTE_CONTEXT]?: RouteContext; [RETURNED_RESPONSE]?: HttpResponse | undefined };

/** Records the route context of a request. */
export function recordRouteContext(request: object, context: RouteContext): void {
  (request as WithRouteContext)[ROUTE_CONTEXT] = context;
}

/** The route context recorded for a request, if httpwire's guard or interceptor ran. */
export function routeContextOf(request: object): RouteContext | undefined {
  return (request as WithRouteContext)[ROUTE_CONTEXT];
}

/** Records the `HttpResponse` a handler returned, before interceptors outside httpwire's reshape it. */
export function recordReturnedResponse(request: object, response: HttpResponse): void {
  (request as WithRouteContext)[RETURNED_RESPONSE] = response;
}

/** The `HttpResponse` the handler returned, once: it is taken off the request. */
export function takeReturnedResponse(request: object): HttpResponse | undefined {
  const response = (request as WithRouteContext)[RETURNED_RESPONSE];
  if (response !== undefined) (request as WithRouteContext)[RETURNED_RESPONSE] = undefined;
  return response;
}
