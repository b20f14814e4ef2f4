import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { requestRejection, type ToWireOptions } from '@httpwire/core';
import { sendOutcome } from '../write/send-outcome.js';
import { httpwireClientErrors } from './client-errors.js';

type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * Makes a Node HTTP server answer, with httpwire's problems, what it would otherwise answer before any
 * framework sees the request:
 * - requests its parser rejects (its `clientError` listeners, Fastify's own included, are replaced by
 *   {@link httpwireClientErrors});
 * - an HTTP/1.1 request without `Host`, or any request with more than one, which RFC 9112 §3.2 requires a 400
 *   for (`'missing-host'`, `'duplicate-host'`): Node's own is an empty chunked 400 for the first, and it passes
 *   the second on. Node's check (`requireHostHeader`) is turned off and the server's request listeners are
 *   wrapped, so the framework never sees such a request.
 *
 * Call it once, after the app has its server: `app.listen()`'s result (Express), `app.server` (Fastify),
 * `app.getHttpServer()` (Nest).
 *
 * @example
 * ```ts
 * const server = app.listen(3000);
 * httpwireServer(server, { onError });
 * ```
 */
export function httpwireServer(server: Server, options: ToWireOptions = {}): void {
  server.removeAllListeners('clientError');
  server.on('clientError', httpwireClientErrors(options));
  (server as Server & { requireHostHeader: boolean }).requireHostHeader = false;
  const listeners = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const hostProblem = hostProblemOf(request);
    if (hostProblem !== undefined) {
      sendOutcome(response, requestRejection(hostProblem), options);
      return;
    }
    for (const listener of listeners) listener.call(server, request, response);
  });
}

function hostProblemOf(request: IncomingMessage): 'missing-host' | 'duplicate-host' | undefined {
  if (request.headers.host === undefined) {
    return request.httpVersionMajor === 1 && request.httpVersionMinor === 1 ? 'missing-host' : undefined;
  }
  // Node keeps the first of several `Host` headers in `headers`: only the raw ones show the others.
  let hosts = 0;
  const raw = request.rawHeaders;
  for (let index = 0; index < raw.length; index += 2) {
    // Every request pays this loop: the length test spares a lowercased copy of every other header name.
    const name = raw[index] as string;
    if (name.length === 4 && name.toLowerCase() === 'host') hosts += 1;
  }
  return hosts > 1 ? 'duplicate-host' : undefined;
}
