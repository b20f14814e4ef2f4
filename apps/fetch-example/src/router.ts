import { requestRejection } from '@httpwire/core';
import { notFound, pathOf } from '@httpwire/fetch';

/** A route's handler: the request and its decoded path parameters. */
export type RouteHandler = (request: Request, params: Record<string, string>) => unknown;

/** One route: a method (`GET` also answers `HEAD`), a path pattern with `:name` segments, and its handler. */
export type Route = readonly [method: 'GET' | 'POST', pattern: string, handler: RouteHandler];

/**
 * The smallest router the catalogue needs, in web-standard code only: it matches by method and path segments,
 * decodes the parameters (a path that is not valid percent-encoding is a 400, as Express and Fastify answer it),
 * and answers unknown routes with httpwire's 404.
 */
export function router(routes: readonly Route[]): (request: Request) => unknown {
  const compiled = routes.map(([method, pattern, handler]) => ({ method, segments: pattern.split('/'), handler }));
  return (request) => {
    const path = pathOf(request.url);
    const segments = path.split('/');
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    for (const route of compiled) {
      if (route.method !== method || route.segments.length !== segments.length) continue;
      const params = paramsOf(route.segments, segments);
      if (params !== undefined) return route.handler(request, params);
    }
    return notFound(request);
  };
}

function paramsOf(pattern: readonly string[], segments: readonly string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (const [index, part] of pattern.entries()) {
    const segment = segments[index] as string;
    if (part.startsWith(':')) params[part.slice(1)] = decoded(segment);
    else if (part !== segment) return undefined;
  }
  return params;
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw requestRejection('invalid-path-encoding');
  }
}
