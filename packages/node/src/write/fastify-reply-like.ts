import type { ServerResponse } from 'node:http';

/**
 * The part of Fastify's reply httpwire writes through. Structural, so that neither this package nor the
 * Nest binding needs Fastify at runtime or at type level.
 *
 * @example
 * ```ts
 * sendOutcome(reply as unknown as FastifyReplyLike, new NotFoundException(), options);
 * ```
 */
export interface FastifyReplyLike {
  raw: ServerResponse;
  request: {
    method: string;
    url: string;
    headers: Record<string, string | string[] | undefined>;
    raw: { httpVersionMajor?: number | undefined };
  };
  sent: boolean;
  statusCode: number;
  code(status: number): unknown;
  header(name: string, value: string | string[]): unknown;
  removeHeader(name: string): unknown;
  getHeader(name: string): unknown;
  serializer(serialize: (payload: unknown) => unknown): unknown;
  send(payload?: unknown): unknown;
}

/**
 * Whether a response object is a Fastify reply (it wraps Node's response as `raw`) rather than Node's
 * `ServerResponse` (Express's `res`): the two shapes Nest's platforms hand out.
 *
 * @example
 * ```ts
 * const raw = isFastifyReply(response) ? response.raw : response;
 * ```
 */
export function isFastifyReply(response: object): response is FastifyReplyLike {
  return (
    typeof (response as FastifyReplyLike).raw === 'object' && typeof (response as FastifyReplyLike).code === 'function'
  );
}
