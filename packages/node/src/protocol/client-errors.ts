import type { Duplex } from 'node:stream';
import {
  BadRequestException,
  type HttpException,
  RequestHeaderFieldsTooLargeException,
  RequestTimeoutException,
  type ToWireOptions,
  toWire,
  type WireResponse,
} from '@httpwire/core';

/**
 * The shape of Node's `clientError` listener, which Fastify's `clientErrorHandler` option shares.
 *
 * @example
 * ```ts
 * const listener: ClientErrorListener = httpwireClientErrors({ onError });
 * ```
 */
export type ClientErrorListener = (error: Error & { code?: string }, socket: Duplex) => void;

const CLOSE = { connection: 'close' };

function exceptionFor(code: string | undefined): HttpException {
  if (code === 'HPE_HEADER_OVERFLOW') {
    return new RequestHeaderFieldsTooLargeException('The request headers are larger than this server accepts.', {
      headers: CLOSE,
    });
  }
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return new RequestTimeoutException('The request did not arrive in time.', { headers: CLOSE });
  }
  return new BadRequestException('The request is not valid HTTP/1.1.', { headers: CLOSE, code: 'MALFORMED_REQUEST' });
}

/**
 * A `clientError` listener: answers requests Node's parser rejects before any framework sees them (headers
 * over the size limit, bytes that are not HTTP, a request that timed out) with httpwire's problem, with a
 * `Date` as every answer carries (RFC 9110 §6.6.1), then closes the connection. Node's own answer is an empty
 * `400`/`431` without one; Fastify's is its own JSON. Nothing is known of the request, so the problem is
 * `application/problem+json`. {@link httpwireServer} installs it; Fastify takes it as `clientErrorHandler`.
 *
 * @example
 * ```ts
 * const app = Fastify({ clientErrorHandler: httpwireClientErrors({ onError }) });
 * server.on('clientError', httpwireClientErrors({ onError }));
 * ```
 */
export function httpwireClientErrors(options: ToWireOptions = {}): ClientErrorListener {
  return (error, socket) => {
    const pending = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || pending?.headersSent) {
      socket.destroy();
      return;
    }
    socket.end(rawResponse(toWire(exceptionFor(error.code), undefined, options)));
  };
}

/** The bytes of an HTTP/1.1 response, for a socket no `ServerResponse` exists for. `Date` follows, as Node writes it. */
function rawResponse(wire: WireResponse): Buffer {
  const head = [`HTTP/1.1 ${wire.status} ${wire.statusText}`];
  for (const [name, value] of wire.headers) head.push(`${name}: ${value}`);
  head.push(`date: ${new Date().toUTCString()}`);
  const body = wire.body instanceof Uint8Array ? wire.body : new Uint8Array();
  return Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1'), body]);
}
