import type { Duplex } from 'node:stream';
import {
  BadRequestException,
  type HttpException,
  RequestHeaderFieldsTooLargeException,
  RequestTimeoutException,
  type ToWireOptions,
  toWire,
} from '@httpwire/core';

/** The shape of Node's `clientError` listener, which Fastify's `clientErrorHandler` shares. */
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
 * Answers requests Node's parser rejects before any framework sees them (headers over the size limit,
 * bytes that are not HTTP, a request that timed out) with httpwire's problem, then closes the connection.
 * Node's default is an empty `400`/`431`; Fastify's is its own JSON. Nothing is known of the request,
 * so the problem is `application/problem+json`.
 */
export function clientErrorListener(options: ToWireOptions): ClientErrorListener {
  return (error, socket) => {
    const pending = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || pending?.headersSent) {
      socket.destroy();
      return;
    }
    const wire = toWire(exceptionFor(error.code), undefined, options);
    const head = [
      `HTTP/1.1 ${wire.status} ${wire.statusText}`,
      ...wire.headers.map(([name, value]) => `${name}: ${value}`),
    ];
    socket.end(Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1'), wire.body as Uint8Array]));
  };
}
