import type { ServerResponse } from 'node:http';
import { reportError, type ToWireOptions, type WireRequest } from '@httpwire/core';

/**
 * An error after the headers went out cannot become a response any more. It is reported to `onError`
 * once, and the connection is cut: what was already written is flushed, then the socket closes without
 * the terminating chunk, so the client never mistakes a truncated response for a complete one.
 */
export function failAfterHeaders(
  res: ServerResponse,
  error: unknown,
  options: ToWireOptions,
  request: WireRequest,
): void {
  reportError(options, error, { status: res.statusCode, phase: 'handler', request });
  // On HTTP/2 the socket carries other streams: only this one is reset.
  if ('stream' in res) {
    res.destroy();
    return;
  }
  const socket = res.socket;
  if (socket === null || socket.destroyed) {
    res.destroy();
    return;
  }
  // `destroy()` alone would drop bytes the app wrote but Node has not flushed yet.
  socket.end(() => socket.destroy());
}
