import type { ServerResponse } from 'node:http';

/**
 * The part of Fastify's reply httpwire writes through. Structural, so that neither this package nor
 * the Nest binding needs Fastify at runtime or at type level.
 */
export interface FastifyReplyLike {
  raw: ServerResponse;
  request: { method: string; url: string; headers: Record<string, string | string[] | undefined> };
  sent: boolean;
  code(status: number): unknown;
  header(name: string, value: string | string[]): unknown;
  removeHeader(name: string): unknown;
  getHeader(name: string): unknown;
  send(payload?: unknown): unknown;
}
