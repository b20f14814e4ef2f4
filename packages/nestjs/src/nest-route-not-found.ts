import { routeNotFound } from '@httpwire/core';
import { type NodeRequestLike, wireRequestOf } from '@httpwire/node';

/**
 * Nest answers unmatched routes by throwing its own `NotFoundException("Cannot GET /x")`. That one
 * becomes httpwire's route-not-found problem, the same on every stack; any other 404 stays as thrown.
 */
export function asRouteNotFound(exception: unknown, request: NodeRequestLike): unknown {
  const error = exception as { getStatus?: () => unknown; message?: unknown };
  if (typeof error?.getStatus !== 'function' || error.getStatus() !== 404) return exception;
  const url = request.originalUrl ?? request.url ?? '/';
  const { method, path } = wireRequestOf(request);
  if (error.message !== `Cannot ${method} ${path}` && error.message !== `Cannot ${method} ${url}`) return exception;
  return routeNotFound(url);
}
