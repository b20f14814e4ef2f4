import type { ToWireOptions } from '@httpwire/core';
import { type ClientErrorListener, clientErrorListener } from '@httpwire/node-wire';

/**
 * A `clientError` listener for the Node server under Express. Node answers requests its parser rejects
 * (headers over the size limit, bytes that are not HTTP) with an empty `400`/`431` before Express sees
 * them; this answers with httpwire's problem instead, as the other stacks do, and closes the connection.
 *
 * @example
 * const server = app.listen(3000);
 * server.on('clientError', httpwireClientErrors({ onError }));
 */
export function httpwireClientErrors(options: ToWireOptions = {}): ClientErrorListener {
  return clientErrorListener(options);
}
