import { isHttpResponse, type ToWireOptions, toWire, type WireRequest } from '@httpwire/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendWire } from './send-wire.js';

/** What core needs of a Fastify request: method, `Accept`, and the path (without the query) for `onError`. */
export function wireRequest(request: FastifyRequest): WireRequest {
  const url = request.url;
  const query = url.indexOf('?');
  return { method: request.method, accept: request.headers.accept, path: query === -1 ? url : url.slice(0, query) };
}

/** Serializes an outcome with `toWire` and sends it. */
export function replyWith(reply: FastifyReply, outcome: unknown, options: ToWireOptions): FastifyReply {
  const request = wireRequest(reply.request);
  if (request.method === 'HEAD' && !isStreamResponse(outcome)) {
    // Fastify's automatic HEAD route takes `content-length` from the payload and then drops it, so it
    // gets the GET body; the bytes on the wire are the HEAD response core would write.
    return sendWire(reply, toWire(outcome, { ...request, method: 'GET' }, options));
  }
  return sendWire(reply, toWire(outcome, request, options));
}

function isStreamResponse(outcome: unknown): boolean {
  return isHttpResponse(outcome) && outcome.body?.kind === 'stream';
}
