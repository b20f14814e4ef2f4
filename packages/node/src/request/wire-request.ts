import type { WireRequest } from '@httpwire/core';

/**
 * The request fields httpwire reads. Node's `IncomingMessage`, Express's and Fastify's requests all have them.
 *
 * @example
 * ```ts
 * const request: NodeRequestLike = { method: 'GET', url: '/entities/1', headers: { accept: '*\/*' } };
 * ```
 */
export interface NodeRequestLike {
  method?: string | undefined;
  url?: string | undefined;
  /** Express's URL before router mounting stripped a prefix. */
  originalUrl?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
}

const SOURCE = Symbol('httpwire.node.sourceRequest');

type WithSource = WireRequest & { [SOURCE]?: unknown };

/**
 * What core needs of a Node request: the method, `Accept`, and the path (without the query) for `onError`.
 * The framework's own request stays reachable through {@link frameworkRequestOf}, for reporters that log
 * through it (Fastify's `request.log`).
 *
 * @example
 * ```ts
 * const wireRequest = wireRequestOf(req); // { method: 'GET', accept: '*\/*', path: '/entities/1' }
 * ```
 */
export function wireRequestOf(request: NodeRequestLike): WireRequest {
  const url = request.originalUrl ?? request.url ?? '/';
  const query = url.indexOf('?');
  const wireRequest: WithSource = {
    method: request.method,
    accept: request.headers.accept,
    path: query === -1 ? url : url.slice(0, query),
  };
  wireRequest[SOURCE] = request;
  return wireRequest;
}

/**
 * The framework request a {@link wireRequestOf} result was made from, such as the one `onError` receives in
 * its context; `undefined` for any other.
 *
 * @example
 * ```ts
 * const options: ToWireOptions = {
 *   onError: (error, { request }) => frameworkRequestOf<FastifyRequest>(request)?.log.error({ err: error }),
 * };
 * ```
 */
export function frameworkRequestOf<Request = unknown>(request: WireRequest | undefined): Request | undefined {
  return (request as WithSource | undefined)?.[SOURCE] as Request | undefined;
}
