import { isHttpResponse, mergeOptions, requestRejection, type ToWireOptions } from '@httpwire/core';
import { notFound, pathOf, toResponse, withConsoleReporter } from '@httpwire/fetch';
import type { Context, ErrorHandler, MiddlewareHandler, NotFoundHandler } from 'hono';
import { withEarlierHeaders } from './earlier-headers.js';
import { honoResponseOf } from './hono-value.js';

/**
 * A handler for `route()`: Hono's `(c) => …`, which may also return an `HttpResponse` or a plain value, and throw
 * anything.
 *
 * @example
 * ```ts
 * const findEntity: WireHandler = async (c) => repository.find(c.req.param('id'));
 * ```
 */
export type WireHandler<C extends Context = Context> = (c: C) => unknown;

/**
 * The Hono side of httpwire, made by {@link httpwire}.
 *
 * @example
 * ```ts
 * const wire = httpwire({ onError: (error) => console.error(error) });
 * app.onError(wire.onError);
 * app.notFound(wire.notFound);
 * app.get('/entities/:id', wire.route((c) => findEntity(c.req.param('id'))));
 * ```
 */
export interface HonoWire {
  /**
   * Wraps a handler (see {@link WireHandler}). A `Response` it returns is Hono's, as always. An `HttpResponse` is
   * written exactly as built. A plain value is sent the Hono way (`c.text`, `c.body`, `c.json`) under the status
   * and headers set with `c.status()` and `c.header()`; nothing is a 204. A thrown `Error` goes on to `app.onError`,
   * as in any Hono handler; anything else thrown (a string), which Hono would let escape, is answered here. A path
   * that is not valid percent-encoding is a 400 before the handler runs, as on Express and Fastify.
   *
   * @example
   * ```ts
   * app.get('/entities/:id', wire.route((c) => {
   *   if (c.req.param('id') !== '1') throw new NotFoundException('No such entity.');
   *   return { id: '1', name: 'Ada' };
   * }));
   * ```
   */
  route<C extends Context = Context>(handler: WireHandler<C>): (c: C) => Promise<Response>;
  /**
   * For `app.onError`: every error becomes a problem (an `HttpException`, Hono's `HTTPException` by shape, a
   * validator's or a plugin's error), with the headers set before it. An unknown error is a 500 whose message
   * stays off the wire, reported to `onError`.
   *
   * @example
   * ```ts
   * app.onError(wire.onError);
   * ```
   */
  onError: ErrorHandler;
  /**
   * For `app.notFound`: a 404 problem naming the path (a 400 when the path is not valid percent-encoding).
   *
   * @example
   * ```ts
   * app.notFound(wire.notFound);
   * ```
   */
  notFound: NotFoundHandler;
  /**
   * Middleware that sets options for the routes after it, errors included: `app.use('/legacy/*', wire.options(…))`.
   *
   * @example
   * ```ts
   * legacy.use(wire.options({ statusPolicy: 'endpoints' }));
   * ```
   */
  options(override: ToWireOptions): MiddlewareHandler;
}

const OPTIONS = 'httpwire.options';

/**
 * Creates the Hono side of httpwire. Without `onError`, reported errors go to `console.error`, as Hono's own
 * error handler does.
 *
 * @example
 * ```ts
 * const app = new Hono();
 * const wire = httpwire();
 * app.onError(wire.onError);
 * app.notFound(wire.notFound);
 * ```
 */
export function httpwire(options: ToWireOptions = {}): HonoWire {
  const base = withConsoleReporter(options);
  const optionsOf = (c: Context): ToWireOptions => (c.get(OPTIONS as never) as ToWireOptions | undefined) ?? base;
  return {
    route: (handler) => async (c) => {
      let returned: unknown;
      try {
        // Hono hands an undecodable parameter over raw; Express and Fastify answer the path with a 400.
        if (!isPercentDecodable(pathOf(c.req.url))) throw requestRejection('invalid-path-encoding');
        returned = await handler(c);
      } catch (error) {
        if (error instanceof Error) throw error;
        return errorResponse(error, c, optionsOf(c));
      }
      if (returned instanceof Response) return returned;
      if (isHttpResponse(returned)) return toResponse(returned, c.req.raw, optionsOf(c));
      return honoResponseOf(c, returned);
    },
    onError: (error, c) => errorResponse(error, c, optionsOf(c)),
    notFound: (c) => notFound(c.req.raw, optionsOf(c)),
    options: (override) => async (c, next) => {
      c.set(OPTIONS as never, mergeOptions(optionsOf(c), override) as never);
      await next();
    },
  };
}

function isPercentDecodable(path: string): boolean {
  try {
    return typeof decodeURIComponent(path) === 'string';
  } catch {
    return false;
  }
}

async function errorResponse(error: unknown, c: Context, options: ToWireOptions): Promise<Response> {
  const response = await toResponse(error, c.req.raw, options);
  const earlier = c.res.headers;
  // Hono lays the headers of the response it had over the one an error handler returns; httpwire's must win.
  c.res = undefined as unknown as Response;
  return withEarlierHeaders(response, earlier);
}
