import type { ToWireOptions } from '@httpwire/core';
import { type ClientErrorListener, clientErrorListener } from '@httpwire/node-wire';

/**
 * A `clientErrorHandler` for the Fastify factory. Node's parser rejects some requests before Fastify
 * sees them (headers over the size limit, bytes that are not HTTP), and Fastify answers those with its
 * own JSON; this answers with httpwire's problem instead, as the other stacks do, and closes the
 * connection. Plugins cannot set it, so pass it where you create the app.
 *
 * @example
 * const app = Fastify({ clientErrorHandler: httpwireClientErrors({ onError }) });
 */
export function httpwireClientErrors(options: ToWireOptions = {}): ClientErrorListener {
  return clientErrorListener(options);
}
