import { routeNotFound, type ToWireOptions } from '@httpwire/core';
import { sendError, sendOutcome, withDefaultReporter } from '@httpwire/node';
import type { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from 'express';
import { reportLikeFinalhandler } from './report-like-finalhandler.js';
import { optionsFor, scopeOptions } from './request-options.js';
import { sendReturnValue } from './send-return-value.js';

/**
 * A handler for `route()`. It may be async, and may throw anything. What it returns:
 * - an `HttpResponse` is sent exactly as built;
 * - a string, bytes, a stream or any other value is sent the Express way (`res.send`, `res.json`, a pipe),
 *   under the status and type the handler set (`res.status(201)`, `res.type('html')`);
 * - nothing is a 204, unless the handler takes `res` (a second parameter): then it answers itself
 *   (`res.sendFile()`, `res.download()`, `res.redirect()`), as any Express handler does.
 *
 * @example
 * ```ts
 * const findEntity: WireHandler<Request<{ id: string }>> = async (req) => repository.find(req.params.id);
 * ```
 */
export type WireHandler<Req extends Request = Request> = (req: Req, res: Response) => unknown;

/**
 * The Express side of httpwire, made by {@link httpwire}.
 *
 * @example
 * ```ts
 * const wire = httpwire({ onError: (error, { request }) => console.error(request?.path, error) });
 * app.get('/entities/:id', wire.route((req: Request<{ id: string }>) => findEntity(req.params.id)));
 * app.use(wire.notFound);
 * app.use(wire.errorHandler);
 * ```
 */
export interface ExpressWire {
  /**
   * Wraps a handler (see {@link WireHandler}): what it throws becomes a problem, what it returns is sent.
   * Works with Express 4 and 5, sync or async.
   *
   * @example
   * ```ts
   * app.get('/entities/:id', wire.route((req) => {
   *   if (req.params.id !== '1') throw new NotFoundException(`No entity with the id "${req.params.id}" exists.`);
   *   return { id: '1', name: 'Ada' };
   * }));
   * ```
   */
  route<Req extends Request = Request>(handler: WireHandler<Req>): RequestHandler;
  /**
   * Error middleware: every error (body-parser's, other middleware's, `next(err)`) becomes a problem. An
   * error that carries a 4xx or 5xx `status` keeps it; one without keeps a 4xx or 5xx the response already
   * had (`res.status(404); next(err)`), as Express's own final handler does. Register it last. An error after
   * the headers went out is reported to `onError` and cuts the connection, so a truncated response never
   * looks complete.
   *
   * @example
   * ```ts
   * app.use(wire.errorHandler);
   * ```
   */
  errorHandler: ErrorRequestHandler;
  /**
   * Makes unmatched requests a 404 problem. Register it after every route, before `errorHandler`.
   *
   * @example
   * ```ts
   * app.use(wire.notFound);
   * ```
   */
  notFound: RequestHandler;
  /**
   * Middleware that overrides options for the requests a router handles, errors included.
   *
   * @example
   * ```ts
   * const legacy = express.Router();
   * legacy.use(wire.options({ statusPolicy: 'endpoints' }));
   * ```
   */
  options(override: ToWireOptions): RequestHandler;
}

/**
 * Creates the Express binding with app-wide `toWire` options (`format`, `statusPolicy`, `onError`,
 * `exposeInternalErrors`). Without `onError`, reported errors go to `console.error` with their stack, as
 * Express's own final handler does (not when the app's `env` is `test`).
 *
 * @example
 * ```ts
 * import express from 'express';
 * import { HttpResponse } from '@httpwire/core';
 * import { httpwire } from '@httpwire/express';
 *
 * const app = express();
 * const wire = httpwire({ onError: (error) => console.error(error) });
 * app.get('/hello', wire.route(() => HttpResponse.text('Hello, World!')));
 * app.use(wire.notFound);
 * app.use(wire.errorHandler);
 * ```
 */
export function httpwire(options: ToWireOptions = {}): ExpressWire {
  const base = withDefaultReporter(options, reportLikeFinalhandler);

  function fail(req: Request, res: Response, error: unknown): void {
    sendError(res, error, optionsFor(req, base), { status: res.statusCode });
  }

  function settle(req: Request, res: Response, value: unknown, takesResponse: boolean): void {
    try {
      sendReturnValue(res, value, takesResponse, optionsFor(req, base));
    } catch (error) {
      // `res.json` of a value JSON cannot hold (a cycle, a BigInt) throws here.
      fail(req, res, error);
    }
  }

  return {
    route(handler) {
      const takesResponse = handler.length >= 2;
      return (req, res) => {
        let result: unknown;
        try {
          result = handler(req as never, res);
        } catch (error) {
          fail(req, res, error);
          return;
        }
        if (typeof (result as PromiseLike<unknown> | null)?.then === 'function') {
          (result as PromiseLike<unknown>).then(
            (value) => settle(req, res, value, takesResponse),
            (error: unknown) => fail(req, res, error),
          );
        } else {
          settle(req, res, result, takesResponse);
        }
      };
    },
    errorHandler(error: unknown, req: Request, res: Response, _next: NextFunction) {
      fail(req, res, error);
    },
    notFound(req, res) {
      sendOutcome(res, routeNotFound(req.originalUrl ?? req.url), optionsFor(req, base));
    },
    options(override) {
      return (req, _res, next) => {
        scopeOptions(req, base, override);
        next();
      };
    },
  };
}
