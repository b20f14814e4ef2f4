import type { HttpException } from '../exceptions/http-exception.js';

const FROM_UPSTREAM = Symbol.for('httpwire.fromUpstream');

type Marked = HttpException & { [FROM_UPSTREAM]?: boolean };

/**
 * Marks an exception as read from another service's response (what `@httpwire/client` does). Thrown as it is, such an
 * exception is not the client's fault nor this server's own answer: httpwire sends a reported `502 Bad Gateway`,
 * whatever the other service answered. {@link relayUpstream} rethrows it on purpose.
 *
 * @example
 * ```ts
 * const exception = markUpstream(new NotFoundException('No such account.'));
 * ```
 */
export function markUpstream<Exception extends HttpException>(exception: Exception): Exception {
  Object.defineProperty(exception, FROM_UPSTREAM, { value: true, configurable: true, writable: true });
  return exception;
}

/**
 * Whether an exception was read from another service's response, by any copy of httpwire.
 *
 * @example
 * ```ts
 * if (isFromUpstream(error)) metrics.increment('upstream_failures');
 * ```
 */
export function isFromUpstream(exception: unknown): boolean {
  return typeof exception === 'object' && exception !== null && (exception as Marked)[FROM_UPSTREAM] === true;
}

/**
 * Lets an exception read from another service's response go out as this server's own answer, status, members and
 * all: for a proxy, or a service that deliberately passes on what its upstream said.
 *
 * @example
 * ```ts
 * try { await accounts.charge(id); } catch (error) {
 *   if (error instanceof OutOfCredit) throw relayUpstream(error); // the upstream's 403, on purpose
 *   throw error; // anything else from the upstream: a 502
 * }
 * ```
 */
export function relayUpstream<Exception extends HttpException>(exception: Exception): Exception {
  if (isFromUpstream(exception)) (exception as Marked)[FROM_UPSTREAM] = false;
  return exception;
}
