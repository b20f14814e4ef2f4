import type { ServerResponse } from 'node:http';
import type { ToWireOptions } from '@httpwire/core';
import { toWire } from '@httpwire/core';
import {
  type FastifyReplyLike,
  type NodeRequestLike,
  replyWithFastify,
  wireRequestOf,
  writeServerResponse,
} from '@httpwire/node-wire';

/** The response object of either Nest platform: Express's `res`, or Fastify's reply. */
export type NestResponse = (ServerResponse & { req: NodeRequestLike }) | FastifyReplyLike;

/** Tells the platforms apart by shape (a Fastify reply wraps the Node response as `raw`), importing neither. */
export function isFastifyReply(response: NestResponse): response is FastifyReplyLike {
  return (
    typeof (response as FastifyReplyLike).raw === 'object' && typeof (response as FastifyReplyLike).code === 'function'
  );
}

/** The Node response underneath either platform's response object. */
export function rawResponse(response: NestResponse): ServerResponse {
  return isFastifyReply(response) ? response.raw : response;
}

/** The request of either platform's response object, as core needs it. */
export function requestOf(response: NestResponse): NodeRequestLike {
  return isFastifyReply(response) ? response.request : response.req;
}

/** Serializes an outcome with `toWire` and writes it through the platform, exactly as core produced it. */
export function writeOutcome(response: NestResponse, outcome: unknown, options: ToWireOptions): void {
  if (isFastifyReply(response)) {
    replyWithFastify(response, outcome, options);
    return;
  }
  const request = wireRequestOf(response.req);
  writeServerResponse(response, toWire(outcome, request, options), request, options);
}

/** Removes a header from either platform's response. */
export function removeHeader(response: NestResponse, name: string): void {
  if (isFastifyReply(response)) response.removeHeader(name);
  else if (response.hasHeader(name)) response.removeHeader(name);
}
