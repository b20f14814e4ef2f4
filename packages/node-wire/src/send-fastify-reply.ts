import { Readable } from 'node:stream';
import type { ToWireOptions, WireRequest, WireResponse } from '@httpwire/core';
import type { FastifyReplyLike } from './fastify-reply-like.js';
import { groupHeaders } from './group-headers.js';
import { mergeVary } from './merge-vary.js';
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
  for (const [name, value] of groupHeaders(wire.headers)) {
    // Re-adding moves the header to the end, so the wire order is core's, whatever was set before.
    const earlier = reply.getHeader(name);
    // Only remove what is there: Fastify deletes the key, and a `delete` slows every later header access.
    if (earlier !== undefined) reply.removeHeader(name);
    reply.header(name, name === 'vary' ? mergeVary(earlier, value as string) : value);
  }
}
