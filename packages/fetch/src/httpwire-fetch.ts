import {
  fromReturnValue,
  HttpResponse,
  loggableError,
  requestRejection,
  routeNotFound,
  type ToWireOptions,
  withDefaultReporter,
} from '@httpwire/core';
import { toResponse } from './to-response.js';
import { pathOf } from './web-request.js';

/**
 * A web handler as runtimes call it: the `Request`, then whatever the runtime passes (Workers' `env` and `ctx`,
 * Bun's server, Deno's connection info). It may return a `Response`, an `HttpResponse` or a value, and throw
 * anything.
 *
 * @example
 * ```ts
 * const handler: WebHandler<[Env]> = async (request, env) => HttpResponse.json(await env.KV.get('x'));
 * ```
 */
export type WebHandler<Rest extends unknown[] = []> = (request: Request, ...rest: Rest) => unknown;

/**
 * Wraps a web handler so that it always answers with a `Response`:
 * - a `Response` it returns (or throws) is sent as the handler built it;
 * - an `HttpResponse` is written exactly as built, and a value as core's `fromReturnValue` says (`undefined` is a
 *   204, a string `text/plain`, bytes `application/octet-stream`, a `ReadableStream` streamed, anything else JSON);
 * - anything thrown is a problem, as on every httpwire stack: an unknown error is a reported 500 whose message
 *   stays off the wire;
 * - a request with more than one `Host` (which the runtime joins with commas) is a 400 `DUPLICATE_HOST`, as RFC
 *   9112 §3.2 requires, before the handler sees it.
 *
 * Without `onError`, reported errors go to `console.error`, which every runtime logs.
 *
 * @example
 * ```ts
 * export default { fetch: httpwireFetch(async (request) => { throw new NotFoundException('No such widget.'); }) };
 * ```
 */
export function httpwireFetch<Rest extends unknown[]>(
  handler: WebHandler<Rest>,
  options: ToWireOptions = {},
): (request: Request, ...rest: Rest) => Promise<Response> {
  const resolved = withConsoleReporter(options);
  return async (request, ...rest) => {
    // A runtime joins several `Host` headers into one value: RFC 9112 §3.2 requires a 400 for them.
    if (request.headers.get('host')?.includes(',')) {
      return toResponse(requestRejection('duplicate-host'), request, resolved);
    }
    let outcome: unknown;
    try {
      const returned = await handler(request, ...rest);
      if (returned instanceof Response) return returned;
      outcome = returned instanceof ReadableStream ? HttpResponse.stream(returned) : fromReturnValue(returned);
    } catch (error) {
      if (error instanceof Response) return error;
      outcome = error;
    }
    return toResponse(outcome, request, resolved);
  };
}

/**
 * The answer for a request no route matches: a 404 problem naming the path (a 400 when the path is not valid
 * percent-encoding), the same bytes as on every httpwire stack.
 *
 * @example
 * ```ts
 * if (route === undefined) return notFound(request);
 * ```
 */
export function notFound(request: Request, options: ToWireOptions = {}): Promise<Response> {
  return toResponse(routeNotFound(pathOf(request.url)), request, withConsoleReporter(options));
}

/**
 * `options` reporting to `console.error` when the app gave no `onError`: the default of the web bindings.
 *
 * @example
 * ```ts
 * const options = withConsoleReporter({ statusPolicy: 'endpoints' });
 * ```
 */
export function withConsoleReporter(options: ToWireOptions): ToWireOptions {
  return withDefaultReporter(options, (error) => console.error(loggableError(error)));
}
