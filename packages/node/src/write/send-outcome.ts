import type { ServerResponse } from 'node:http';
import { isHttpResponse, type ResponseState, type ToWireOptions, toWire, type WireRequest } from '@httpwire/core';
import { fastifyJsonRefusal } from '../request/fastify-json-bodies.js';
import { type NodeRequestLike, wireRequestOf } from '../request/wire-request.js';
import { failAfterHeaders } from '../stream/fail-after-headers.js';
import { type FastifyPayload, fastifyPayload } from './fastify-payload.js';
import { type FastifyReplyLike, isFastifyReply } from './fastify-reply-like.js';
import { writeNodeResponse } from './node-response.js';

/**
 * A response httpwire writes to: Node's `ServerResponse` (what Express's `res` is; its `req` is read), or a
 * Fastify reply. Nest hands out one or the other, depending on its platform.
 *
 * @example
 * ```ts
 * const target: NodeResponse = isFastifyReply(response) ? response : (response as ServerResponse);
 * ```
 */
export type NodeResponse = ServerResponse | FastifyReplyLike;

/**
 * Writes what a handler returned or threw: an `HttpResponse` exactly as built (plus framing), anything else
 * as `toWire` serializes it (a problem for errors). `HEAD` gets the `GET` headers and no body; a stream is
 * sent chunk by chunk. This is the only place a Node binding turns an outcome into bytes.
 * `state` is what the framework had already decided (see `ResponseState`). On a Fastify reply it returns
 * what the handler should return (the reply, or a promise of it); on Node's response, nothing.
 *
 * @example
 * ```ts
 * app.get('/teapot', (req, res) => sendOutcome(res, new ImATeapotException(), options));
 * ```
 */
export function sendOutcome(
  response: NodeResponse,
  outcome: unknown,
  options: ToWireOptions,
  state?: ResponseState,
): unknown {
  if (isFastifyReply(response)) {
    const payload = fastifyPayloadFor(response, fastifyJsonRefusal(outcome, response.request.raw), options, state);
    return payload instanceof Promise ? payload.then((ready) => response.send(ready)) : response.send(payload);
  }
  const request = wireRequestOf(requestOf(response));
  writeNodeResponse(response, toWire(outcome, request, options, state), request, options);
  return undefined;
}

/**
 * Writes an error that reached an error handler. Before the headers went out it is `sendOutcome`'s; after,
 * it can no longer become a response: it is reported to `onError` once and the connection is cut, so a
 * truncated response never looks complete.
 *
 * @example
 * ```ts
 * const errorHandler: ErrorRequestHandler = (error, req, res, next) => sendError(res, error, options, { status: res.statusCode });
 * app.use(errorHandler);
 * ```
 */
export function sendError(
  response: NodeResponse,
  error: unknown,
  options: ToWireOptions,
  state?: ResponseState,
): unknown {
  const raw = isFastifyReply(response) ? response.raw : response;
  if (!raw.headersSent) return sendOutcome(response, error, options, state);
  const request = isFastifyReply(response) ? response.request : requestOf(response);
  failAfterHeaders(raw, error, options, wireRequestOf(request));
  return isFastifyReply(response) ? response : undefined;
}

/**
 * What a Fastify reply must send for an outcome, with its status and headers already set on the reply: for
 * code that is handed a payload to replace, such as a `preSerialization` hook given an `HttpResponse`.
 *
 * @example
 * ```ts
 * fastify.addHook('preSerialization', async (request, reply, payload) =>
 *   isHttpResponse(payload) ? fastifyPayloadFor(reply, payload, options) : payload);
 * ```
 */
export function fastifyPayloadFor(
  reply: FastifyReplyLike,
  outcome: unknown,
  options: ToWireOptions,
  state?: ResponseState,
): FastifyPayload | Promise<FastifyPayload> {
  const request = wireRequestOf(reply.request);
  // Fastify's automatic HEAD route takes `content-length` from the payload and then drops it, so it gets the
  // GET body; what goes on the wire is the HEAD response core would write.
  const asGet: WireRequest =
    request.method === 'HEAD' && !isStreamResponse(outcome) ? { ...request, method: 'GET' } : request;
  return fastifyPayload(reply, toWire(outcome, asGet, options, state), asGet, options);
}

function isStreamResponse(outcome: unknown): boolean {
  return isHttpResponse(outcome) && outcome.body?.kind === 'stream';
}

function requestOf(response: ServerResponse): NodeRequestLike {
  return (response.req as NodeRequestLike | undefined) ?? { headers: {} };
}
