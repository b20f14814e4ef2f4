import type { ToWireOptions } from '@httpwire/core';
import { type ClientErrorListener, clientErrorListener } from '@httpwire/node-wire';

/**
 * Answers requests Node's parser rejects before Nest sees them (headers over the size limit, bytes that
 * are not HTTP) with httpwire's problem, on either platform, and closes the connection. On Express, listen
 * to the server's `clientError`; on Fastify, pass it as the adapter's `clientErrorHandler`.
 *
 * @example
 * app.getHttpServer().on('clientError', httpwireClientErrors({ onError })); // Nest on Express
 * new FastifyAdapter({ clientErrorHandler: httpwireClientErrors({ onError }) }); // Nest on Fastify
 */
export function httpwireClientErrors(options: ToWireOptions = {}): ClientErrorListener {
  return clientErrorListener(options);
}
