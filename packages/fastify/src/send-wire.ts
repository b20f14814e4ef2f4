import { Readable } from 'node:stream';
import type { WireResponse } from '@httpwire/core';
import type { FastifyReply } from 'fastify';

/**
 * Writes a wire response through Fastify's reply, so hooks (`onSend`, `onResponse`) and headers set by
 * other plugins (CORS, request ids) still apply, while the status line, headers and body stay exactly
 * as core produced them.
 */
export function sendWire(reply: FastifyReply, wire: WireResponse): FastifyReply {
  // Fastify's writeHead keeps a status message set beforehand, so the reason phrase is core's.
  reply.raw.statusMessage = wire.statusText;
  reply.code(wire.status);
  const { headers } = wire;
  for (let index = 0; index < headers.length; ) {
    const name = (headers[index] as [string, string])[0];
    let end = index + 1;
    while (end < headers.length && (headers[end] as [string, string])[0] === name) end++;
    // Re-adding moves the header to the end, so the wire order is core's, whatever was set before.
    reply.removeHeader(name);
    reply.header(
      name,
      end - index === 1 ? (headers[index] as [string, string])[1] : headers.slice(index, end).map(([, value]) => value),
    );
    index = end;
  }
  const { body } = wire;
  // Fastify's automatic HEAD route sets `content-length: 0` for an empty payload; an empty stream keeps
  // it from inventing one.
  if (body === null) return reply.send(reply.request.method === 'HEAD' ? Readable.from([]) : undefined);
  if (body instanceof Uint8Array) return reply.send(Buffer.from(body.buffer, body.byteOffset, body.byteLength));
  return reply.send(Readable.from(body, { objectMode: false }));
}
