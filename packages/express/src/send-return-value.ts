import { Readable } from 'node:stream';
import { isHttpResponse, type ToWireOptions } from '@httpwire/core';
import { sendError, sendOutcome } from '@httpwire/node';
import type { Response } from 'express';

/**
 * Sends what a `route()` handler returned, deciding only what the handler left undecided:
 * - an `HttpResponse` exactly as built;
 * - a Node or web stream piped as it is, under the status and headers the handler set;
 * - a string through `res.send`, as `text/plain; charset=utf-8` unless the handler set a type;
 * - bytes through `res.send`, and any other value through `res.json`, so that the status, type and app
 *   settings (`etag`, `json spaces`, `json replacer`) the handler and app chose apply;
 * - nothing: a 204, unless the handler takes `res` (then it answers, as any Express handler does).
 * A response the handler already started or ended is left alone.
 */
export function sendReturnValue(
  res: Response,
  value: unknown,
  handlerTakesResponse: boolean,
  options: ToWireOptions,
): void {
  if (res.headersSent || res.writableEnded) return;
  if (isHttpResponse(value)) {
    sendOutcome(res, value, options);
    return;
  }
  if (value === undefined) {
    if (handlerTakesResponse) return;
    if (res.statusCode === 200) res.status(204);
    res.end();
    return;
  }
  const stream = nodeStreamOf(value);
  if (stream !== undefined) {
    pipeToResponse(res, stream, options);
    return;
  }
  if (typeof value === 'string') {
    if (!res.hasHeader('content-type')) res.type('text/plain');
    res.send(value);
  } else if (value instanceof Uint8Array || value instanceof ArrayBuffer) {
    res.send(Buffer.from(value instanceof ArrayBuffer ? new Uint8Array(value) : value));
  } else {
    res.json(value);
  }
}

function nodeStreamOf(value: unknown): Readable | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (typeof (value as Readable).pipe === 'function' && typeof (value as Readable).on === 'function') {
    return value as Readable;
  }
  if (typeof (value as ReadableStream).getReader === 'function') {
    return Readable.fromWeb(value as import('node:stream/web').ReadableStream);
  }
  return undefined;
}

function pipeToResponse(res: Response, stream: Readable, options: ToWireOptions): void {
  stream.once('error', (error) => sendError(res, error, options));
  // A client that goes away stops the source, which would otherwise stay open (a file, a query cursor).
  res.once('close', () => {
    if (!res.writableFinished) stream.destroy();
  });
  stream.pipe(res);
}
