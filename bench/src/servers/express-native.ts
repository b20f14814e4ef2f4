import { createServer, STATUS_CODES } from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import createError from 'http-errors';
import { COOKIES, crash, JSON_BODY, NATIVE_NOT_FOUND_BODY, TEXT_BODY } from '../routes.js';
import { listenOnLoopback, type RunningServer } from './running-server.js';

/** The error middleware an Express app writes: the error's status and a JSON body. */
function errorMiddleware(error: unknown, _req: Request, res: Response, _next: NextFunction): void {
  const status = createError.isHttpError(error) ? error.status : 500;
  const message = createError.isHttpError(error) && error.expose ? error.message : STATUS_CODES[status];
  res.status(status).json({ statusCode: status, error: STATUS_CODES[status], message });
}

/** Express 5 as its users write it: `res.json`, `next(createError(404))`, an error middleware. */
export function startExpressNative(): Promise<RunningServer> {
  const app = express();
  app.set('x-powered-by', false);
  app.set('etag', false);
  app.get('/json', (_req, res) => {
    res.json(JSON_BODY);
  });
  app.get('/throw-404', (_req, _res, next) => next(createError(404)));
  const prebuilt = createError(404);
  app.get('/throw-prebuilt-404', (_req, _res, next) => next(prebuilt));
  app.get('/direct-404', (_req, res) => {
    res.status(404).json(NATIVE_NOT_FOUND_BODY);
  });
  app.get('/crash', () => crash());
  app.get('/text', (_req, res) => {
    res.setHeader('set-cookie', COOKIES);
    res.type('text/plain').send(TEXT_BODY);
  });
  app.use(errorMiddleware);
  return listenOnLoopback(createServer(app));
}
