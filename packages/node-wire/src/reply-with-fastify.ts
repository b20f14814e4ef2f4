import { isHttpResponse, type ToWireOptions, toWire, type WireRequest } from '@httpwire/core';
import type { FastifyReplyLike } from './fastify-reply-like.js';
import { sendFastifyReply } from './send-fastify-reply.js';

/** The request fields `wireRequestOf` reads: Node's, Express's and Fastify's requests all have them. */
export interface NodeRequestLike {
  method?: string | undefined;
  url?: string | undefined;
  /** Express's URL before router mounting stripped a prefix. */
  originalUrl?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
}

/** What core needs of a Node request: method, `Accept`, and the path (without the query) for `onError`. */
export function wireRequestOf(request: NodeRequestLike): WireRequest {
  const url = request.originalUrl ?? request.url ?? '/';
  const query = url.indexOf('?');
  return { method: request.method, accept: request.headers.accept, path: query === -1 ? url : url.slice(0, query) };
}

/** Serializes an outcome with `toWire` and sends it through a Fastify reply. */
export function replyWithFastify(reply: FastifyReplyLike, outcome: unknown, options: ToWireOptions): unknown {
  const request = wireRequestOf(reply.request);
  if (request.method === 'HEAD' && !isStreamResponse(outcome)) {
    // Fastify's automatic HEAD route takes `content-length` from the payload and then drops it, so it
    // gets the GET body; the bytes on the wire are the HEAD response core would write.
    const asGet = { ...request, method: 'GET' };
    return sendFastifyReply(reply, toWire(outcome, asGet, options), asGet, options);
  }
  return sendFastifyReply(reply, toWire(outcome, request, options), request, options);
}

function isStreamResponse(outcome: unknown): boolean {
  return isHttpResponse(outcome) && outcome.body?.kind === 'stream';
}
