import { Readable } from 'node:stream';
import type { ToWireOptions, WireRequest, WireResponse } from '@httpwire/core';
import type { FastifyReplyLike } from './fastify-reply-like.js';
import { type HeaderAccess, setWireHeaders } from './set-wire-headers.js';
import { earlyStreamFailureWire, startStream } from './stream-start.js';

/**
 * Writes a wire response through Fastify's reply, so hooks (`onSend`, `onResponse`) and headers set by
 * other plugins (CORS, request ids) still apply, while the status line, headers and body stay exactly
 * as core produced them. A stream is sent from its first chunk; one that fails before it gets
 * the error's response for `request` under `options` instead.
 */
export function sendFastifyReply(
  reply: FastifyReplyLike,
  wire: WireResponse,
  request: WireRequest,
  options: ToWireOptions,
): unknown {
  const { body } = wire;
  if (body !== null && !(body instanceof Uint8Array)) {
    return startStream(body).then((started) => {
      if ('error' in started) {
        return sendFastifyReply(reply, earlyStreamFailureWire(started.error, request, options), request, options);
      }
      setHead(reply, wire);
      return reply.send(Readable.from(started.stream, { objectMode: false }));
    });
  }
  setHead(reply, wire);
  // Fastify's automatic HEAD route sets `content-length: 0` for an empty payload; an empty stream keeps
  // it from inventing one.
  if (body === null) return reply.send(reply.request.method === 'HEAD' ? Readable.from([]) : undefined);
  return reply.send(Buffer.isBuffer(body) ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength));
}

function setHead(reply: FastifyReplyLike, wire: WireResponse): void {
  // Fastify's writeHead keeps a status message set beforehand, so the reason phrase is core's.
  reply.raw.statusMessage = wire.statusText;
  reply.code(wire.status);
  setWireHeaders(reply, wire.headers, FASTIFY_REPLY_HEADERS);
}

const FASTIFY_REPLY_HEADERS: HeaderAccess<FastifyReplyLike> = {
  get: (reply, name) => reply.getHeader(name),
  // Fastify deletes the key, and a `delete` slows every later header access: only what is there is removed.
  remove: (reply, name) => reply.removeHeader(name),
  set: (reply, name, value) => reply.header(name, value),
};
