import { requestRejection } from '@httpwire/core';
import type { NodeRequestLike } from './wire-request.js';

/**
 * Connect-style middleware that rejects a request whose declared `Content-Length` is over `limitBytes` with
 * the 413 at once, as Fastify does. body-parser finds the same, but reads and throws away the whole body
 * before it answers. Put it before the body parser, with the parser's limit; the error goes to `next`, so
 * the app's error handler (httpwire's) writes it, with `connection: close`.
 *
 * @example
 * ```ts
 * app.post('/upload', rejectOversizedBody(102400), express.json({ limit: 102400 }), handler);
 * ```
 */
export function rejectOversizedBody(
  limitBytes: number,
): (req: NodeRequestLike, res: unknown, next: (error?: unknown) => void) => void {
  if (!Number.isSafeInteger(limitBytes) || limitBytes < 0) {
    throw new TypeError(`rejectOversizedBody needs a whole number of bytes, got ${String(limitBytes)}`);
  }
  return (req, _res, next) => {
    const declared = req.headers['content-length'];
    if (typeof declared === 'string' && Number(declared) > limitBytes) next(requestRejection('body-too-large'));
    else next();
  };
}
