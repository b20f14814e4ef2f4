import type { ServerResponse } from 'node:http';
import { isFastifyReply, type NodeRequestLike, type NodeResponse } from '@httpwire/node';

/** The response object of either Nest platform: Express's `res`, or Fastify's reply. */
export type NestResponse = NodeResponse;

/** The Node response underneath either platform's response object. */
export function rawResponse(response: NestResponse): ServerResponse {
  return isFastifyReply(response) ? response.raw : response;
}

/** The request of either platform's response object. */
export function requestOf(response: NestResponse): NodeRequestLike & object {
  return isFastifyReply(response)
    ? response.request
    : ((response.req as NodeRequestLike | undefined) ?? { headers: {} });
}

/** Removes a header from either platform's response, if it is there. */
export function removeHeader(response: NestResponse, name: string): void {
  if (isFastifyReply(response)) response.removeHeader(name);
  else if (response.hasHeader(name)) response.removeHeader(name);
}
