import type { ToWireOptions } from '@httpwire/core';
import { type FastifyReplyLike, replyWithFastify } from '@httpwire/node-wire';

/**
 * A `frameworkErrors` handler for `new FastifyAdapter({ frameworkErrors })`. Fastify answers some requests
 * before Nest sees them (a path that is not valid percent-encoding: `FST_ERR_BAD_URL`); this sends those
 * through httpwire too, as on Nest's Express platform.
 *
 * @example
 * const adapter = new FastifyAdapter({ frameworkErrors: httpwireFrameworkErrors({ onError }) });
 */
export function httpwireFrameworkErrors(
  options: ToWireOptions = {},
): (error: Error, request: unknown, reply: unknown) => void {
  return (error, _request, reply) => {
    replyWithFastify(reply as FastifyReplyLike, error, options);
  };
}
