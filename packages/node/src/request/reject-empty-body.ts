import { requestRejection } from '@httpwire/core';

/**
 * A body-parser `verify` callback that rejects an empty JSON body with a 400, as Fastify does.
 * (body-parser alone turns an empty body into `{}`.) For Express, and Nest on Express.
 *
 * @example
 * ```ts
 * app.use(express.json({ limit: 102400, strict: false, verify: rejectEmptyBody }));
 * ```
 */
export function rejectEmptyBody(_req: unknown, _res: unknown, body: Uint8Array): void {
  if (body.byteLength === 0) throw requestRejection('empty-json');
}
