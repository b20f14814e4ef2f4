import { fromReturnValue, routeNotFound, type ToWireOptions, toWire } from '@httpwire/core';
import { failAfterHeaders, wireRequestOf as wireRequest, writeServerResponse } from '@httpwire/node-wire';
import type { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from 'express';
import { optionsFor, scopeOptions } from './request-options.js';

/**
 * A handler for `route()`: return an `HttpResponse`, a value (JSON), a string (text) or nothing (204),
 * or throw anything. It may be async.
 *
 * @example
 * const findEntity: WireHandler<Request<{ id: string }>> = async (req) => repository.find(req.params.id);
 */
export type WireHandler<Req extends Request = Request> = (req: Req, res: Response) => unknown;

/**
 * The Express side of httpwire, made by {@link httpwire}.
 *
 * @example
 * const wire = httpwire({ onError: (error, { request }) => console.error(request?.path, error) });
 * app.get('/entities/:id', wire.route((req) => findEntity(req.params.id)));
 * app.use(wire.notFound);
 * app.use(wire.errorHandler);
 */
export interface ExpressWire {
  /**
   * Wraps a handler: what it returns or throws is written through `toWire`. Works with Express 4 and 5,
   * sync or async.
   *
   * @example
   * app.get('/entities/:id', wire.route((req) => {
   *   if (req.params.id !== '1') throw new NotFoundException(`No entity with the id "${req.params.id}" exists.`);
   *   return { id: '1', name: 'Ada' };
   * }));
   */
  route<Req extends Request = Request>(handler: WireHandler<Req>): RequestHandler;
  /**
   * Error middleware: every error (body-parser's, other middleware's, `next(err)`) becomes the wire
   * form. Register it last. An error after the headers went out is reported to `onError` and cuts
   * the connection, so a truncated response never looks complete.
   *
   * @example
   * app.use(wire.errorHandler);
   */
  errorHandler: ErrorRequestHandler;
  /**
   * Makes unmatched requests a 404 problem. Register it after every route, before `errorHandler`.
   *
   * @example
   * app.use(wire.notFound);
   */
  notFound: RequestHandler;
  /**
   * Middleware that overrides options for the requests a router handles, errors included.
   *
   * @example
   * const legacy = express.Router();
   * legacy.use(wire.options({ statusPolicy: 'endpoints' }));
   */
  options(override: ToWireOptions): RequestHandler;
}

/**
 * Creates the Express binding with app-wide `toWire` options (`format`, `statusPolicy`, `onError`,
 * `exposeInternalErrors`).
 *
 * @example
 * import express from 'express';
 * import { httpwire } from '@httpwire/express';
 *
 * const app = express();
 * app.set('x-powered-by', false);
 * const wire = httpwire({ onError: (error) => console.error(error) });
 * app.get('/hello', wire.route(() => HttpResponse.text('Hello, World!')));
 * app.use(wire.notFound);
 * app.use(wire.errorHandler);
 */
export function httpwire(options: ToWireOptions = {}): ExpressWire {
  function send(req: Request, res: Response, outcome: unknown): void {
    const request = wireRequest(req);
    const scoped = optionsFor(req, options);
    writeServerResponse(res, toWire(outcome, request, scoped), request, scoped);
  }

  function fail(req: Request, res: Response, error: unknown): void {
    if (!res.headersSent) {
      send(req, res, error);
      return;
    }
    failAfterHeaders(res, error, optionsFor(req, options), wireRequest(req));
  }

  function settle(req: Request, res: Response, value: unknown): void {
    if (res.headersSent || res.writableEnded) return;
    send(req, res, fromReturnValue(value));
  }

  return {
    route(handler) {
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
            (value) => settle(req, res, value),
            (error: unknown) => fail(req, res, error),
          );
        } else {
          settle(req, res, result);
        }
      };
    },
    errorHandler(error: unknown, req: Request, res: Response, _next: NextFunction) {
      fail(req, res, error);
    },
    notFound(req, res) {
      send(req, res, routeNotFound(req.originalUrl ?? req.url));
    },
    options(override) {
      return (req, _res, next) => {
        scopeOptions(req, { ...optionsFor(req, options), ...override });
        next();
      };
    },
  };
}
