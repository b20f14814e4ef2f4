import type { Duplex } from 'node:stream';
import {
  BadRequestException,
  type HttpException,
  NotImplementedException,
  RequestHeaderFieldsTooLargeException,
  RequestTimeoutException,
  requestRejection,
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

/**
 * A request line with a well-formed method token (RFC 9110 §9.1, RFC 9112 §3) that Node's parser does not know.
 * Node's parser rejects every method outside its own list, and bytes that are not HTTP, with the same
 * `HPE_INVALID_METHOD`: only the former is a method this server does not implement.
 */
const REQUEST_LINE = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+ [^\s]+ HTTP\/\d\.\d\r?\n/;

type ParserError = Error & { code?: string; rawPacket?: Buffer };

function exceptionFor(error: ParserError, socket: Duplex): HttpException {
  const { code } = error;
  if (code === 'HPE_INVALID_METHOD' && REQUEST_LINE.test(error.rawPacket?.toString('latin1') ?? '')) {
    // The client's doing, not a fault of the app's: its detail may be shown.
    return new NotImplementedException('The request method is not one this server implements.', {
      headers: CLOSE,
      code: 'METHOD_NOT_IMPLEMENTED',
      expose: true,
    });
  }
  // The connection ended in the middle of a body (a request had begun): fewer bytes than it announced.
  if (code === 'HPE_INVALID_EOF_STATE' && pendingResponse(socket) !== undefined) {
    return requestRejection('body-length-mismatch');
  }
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
 * over the size limit, bytes that are not HTTP, a method it does not know, a body cut short by the end of the
 * connection, a request that timed out) with httpwire's problem: a 431, a 400, a 501 (RFC 9110 §9.1), a 400
 * `'body-length-mismatch'` as the bindings answer it, a 408. It has a
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
    if (error.code === 'ECONNRESET' || !socket.writable || pendingResponse(socket)?.headersSent) {
      socket.destroy();
      return;
    }
    socket.end(rawResponse(toWire(exceptionFor(error, socket), undefined, options)));
  };
}

/** The response Node's server has begun for a request on this socket, once that request's head was parsed. */
function pendingResponse(socket: Duplex): { headersSent?: boolean } | undefined {
  return (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage ?? undefined;
}

/** The bytes of an HTTP/1.1 response, for a socket no `ServerResponse` exists for. `Date` follows, as Node writes it. */
function rawResponse(wire: WireResponse): Buffer {
  const head = [`HTTP/1.1 ${wire.status} ${wire.statusText}`];
  for (const [name, value] of wire.headers) head.push(`${name}: ${value}`);
  head.push(`date: ${new Date().toUTCString()}`);
  const body = wire.body instanceof Uint8Array ? wire.body : new Uint8Array();
  return Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1'), body]);
}
