import type { WireRequest } from '@httpwire/core';

/**
 * What core needs of a web `Request`: the method, `Accept`, and the path without the query (for `onError` and
 * the 404 of an unknown route), taken from the URL as the runtime gave it, still percent-encoded.
 *
 * @example
 * ```ts
 * webWireRequest(new Request('http://localhost/entities/1?x=1')); // { method: 'GET', accept: null, path: '/entities/1' }
 * ```
 */
export function webWireRequest(request: Request): WireRequest {
  return { method: request.method, accept: request.headers.get('accept') ?? undefined, path: pathOf(request.url) };
}

/**
 * The path of an absolute URL, without its query or fragment, as the runtime gave it: still percent-encoded, and
 * not normalized again by URL parsing.
 *
 * @example
 * ```ts
 * pathOf('http://localhost:3000/entities/1?x=1'); // '/entities/1'
 * ```
 */
export function pathOf(url: string): string {
  const authority = url.indexOf('//');
  const start = url.indexOf('/', authority === -1 ? 0 : authority + 2);
  if (start === -1) return '/';
  const end = url.slice(start).search(/[?#]/);
  return end === -1 ? url.slice(start) : url.slice(start, start + end);
}
