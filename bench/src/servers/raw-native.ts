import { createServer, type ServerResponse, STATUS_CODES } from 'node:http';
import createError from 'http-errors';
import { COOKIES, crash, JSON_BODY, NATIVE_NOT_FOUND_BODY, TEXT_BODY } from '../routes.js';
import { listenOnLoopback, type RunningServer } from './running-server.js';

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

function sendError(res: ServerResponse, error: unknown): void {
  const status = createError.isHttpError(error) ? error.status : 500;
  const expose = createError.isHttpError(error) && error.expose;
  const message = expose ? (error as Error).message : STATUS_CODES[status];
  sendJson(res, status, { statusCode: status, error: STATUS_CODES[status], message });
}

const PREBUILT_NOT_FOUND = createError(404);

/** Raw `node:http` by hand: the floor. Its exception idiom is http-errors caught around the handler. */
export function startRawNative(): Promise<RunningServer> {
  const server = createServer((req, res) => {
    try {
      switch (req.url) {
        case '/json':
          return sendJson(res, 200, JSON_BODY);
        case '/throw-404':
          throw createError(404);
        case '/throw-prebuilt-404':
          throw PREBUILT_NOT_FOUND;
        case '/direct-404':
          return sendJson(res, 404, NATIVE_NOT_FOUND_BODY);
        case '/crash':
          return crash();
        case '/text':
          res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'set-cookie': COOKIES });
          res.end(TEXT_BODY);
          return;
        default:
          throw createError(404);
      }
    } catch (error) {
      sendError(res, error);
    }
  });
  return listenOnLoopback(server);
}
