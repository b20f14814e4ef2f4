import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import {
  earlyStreamFailureWire,
  emptiedWire,
  startStream,
  type ToWireOptions,
  type WireRequest,
  type WireResponse,
} from '@httpwire/core';
import { isHttp2Request } from '../headers/http2.js';
import { type HeaderAccess, setWireHeaders } from '../headers/set-wire-headers.js';
import type { FastifyReplyLike } from './fastify-reply-like.js';

/**
 * What a Fastify reply is given to send: text, bytes, a stream, or nothing.
 *
 * @example
 * ```ts
 * const payload: FastifyPayload = await fastifyPayloadFor(reply, HttpResponse.text('Hello'), options);
 * ```
 */
export type FastifyPayload = string | Buffer | Readable | null;

/** Media types whose bodies Fastify's own replies hand to `onSend` hooks as strings. */
const TEXTUAL = /^(?:text\/|application\/(?:[\w.+-]*\+)?(?:json|xml)\b)/i;

/**
 * Puts a wire response's status and headers on a Fastify reply and returns the payload to send, so that
 * hooks (`onSend`, `onResponse`) and headers set by other plugins (CORS, request ids) still apply while the
 * status line, headers and body stay exactly as core produced them.
 * - A UTF-8 text or JSON body is a string, as Fastify's own replies give `onSend` hooks (unless a header value
 *   is not ASCII); bytes stay bytes.
 * - The reply's serializer passes the payload through, so Fastify never serializes it again (nor adds a
 *   `charset`).
 * - A stream waits for its first chunk; one that fails before it gets the error's response instead.
 */
export function fastifyPayload(
  reply: FastifyReplyLike,
  wire: WireResponse,
  request: WireRequest,
  options: ToWireOptions,
): FastifyPayload | Promise<FastifyPayload> {
  const { body } = wire;
  if (body !== null && !(body instanceof Uint8Array)) {
    return startStream(body).then((started) => {
      if ('error' in started)
        return fastifyPayload(reply, earlyStreamFailureWire(started.error, request, options), request, options);
      if (started.empty) return fastifyPayload(reply, emptiedWire(wire), request, options);
      setHead(reply, wire);
      return Readable.from(started.stream, { objectMode: false });
    });
  }
  setHead(reply, wire);
  if (body === null) {
    // Fastify's automatic HEAD route sets `content-length: 0` for an empty payload; an empty stream keeps
    // it from inventing one.
    return reply.request.method === 'HEAD' ? Readable.from([]) : null;
  }
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  return sendsAsText(wire) && isUtf8(bytes) ? bytes.toString('utf8') : bytes;
}

/**
 * Whether the body can go to Fastify as a string: a text or JSON type, and header values in ASCII. Node writes
 * the head and a string body in one go, in the body's encoding, so a Latin-1 header value (`café`) would reach
 * the wire as UTF-8; with bytes, the head is written as Latin-1.
 */
function sendsAsText(wire: WireResponse): boolean {
  let textual = false;
  for (const [name, value] of wire.headers) {
    if (!ASCII.test(value)) return false;
    if (name === 'content-type') textual = TEXTUAL.test(value);
  }
  return textual;
}

/** Printable ASCII and tab: every header value Node accepts that Latin-1 and UTF-8 write alike. */
const ASCII = /^[\t -~]*$/;

function setHead(reply: FastifyReplyLike, wire: WireResponse): void {
  const http2 = isHttp2Request(reply.request.raw);
  // Fastify's writeHead keeps a status message set beforehand, so the reason phrase is core's. HTTP/2 has none.
  if (!http2) reply.raw.statusMessage = wire.statusText;
  reply.code(wire.status);
  reply.serializer(passThrough);
  setWireHeaders(reply, wire.headers, FASTIFY_REPLY_HEADERS, http2);
}

function passThrough(payload: unknown): unknown {
  return payload;
}

const FASTIFY_REPLY_HEADERS: HeaderAccess<FastifyReplyLike> = {
  get: (reply, name) => reply.getHeader(name),
  // Fastify deletes the key, and a `delete` slows every later header access: only what is there is removed.
  remove: (reply, name) => reply.removeHeader(name),
  set: (reply, name, value) => reply.header(name, value),
};
