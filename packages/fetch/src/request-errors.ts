import { requestRejection, type ToWireOptions, toWire } from '@httpwire/core';
import { withConsoleReporter } from './httpwire-fetch.js';
import { bufferedResponse } from './to-response.js';

/**
 * An `errorHandler` for `@hono/node-server`'s `getRequestListener()` (its `serve()` takes none). A request it cannot turn into
 * a web `Request` (the `*` of `OPTIONS *`, a Host or target that makes no URL: its `RequestError`) is answered with
 * httpwire's 400 problem `INVALID_REQUEST_TARGET` instead of its bare, empty 400; whether to refuse it stays the
 * server's choice. Anything else it is handed (an app's `fetch` that threw before returning) is a reported 500, as
 * `httpwireFetch` answers it. Nothing is known of such a request, so the problem is `application/problem+json`.
 *
 * @example
 * ```ts
 * const errorHandler = httpwireRequestErrors({ onError: (error) => console.error(error) });
 * // then createServer(getRequestListener(app.fetch, { errorHandler })), getRequestListener from Hono's Node server
 * ```
 */
export function httpwireRequestErrors(options: ToWireOptions = {}): (error: unknown) => Promise<Response> {
  const resolved = withConsoleReporter(options);
  return async (error) => {
    const outcome = (error as { name?: unknown } | null)?.name === 'RequestError' ? rejectionFor(error) : error;
    return bufferedResponse(toWire(outcome, undefined, resolved));
  };
}

function rejectionFor(error: unknown): unknown {
  const rejection = requestRejection('invalid-request-target');
  Object.defineProperty(rejection, 'cause', { value: error, configurable: true, writable: true });
  return rejection;
}
