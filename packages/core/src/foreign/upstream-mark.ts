import type { HttpException } from '../exceptions/http-exception.js';

const FROM_UPSTREAM = Symbol.for('httpwire.fromUpstream');
const UPSTREAM_MEMBERS = Symbol.for('httpwire.upstreamMembers');

type Marked = HttpException & { [FROM_UPSTREAM]?: boolean; [UPSTREAM_MEMBERS]?: Readonly<Record<string, unknown>> };

/**
 * Marks an exception as read from another service's response (what `@httpwire/client` does). Thrown as it is, such an
 * exception is not the client's fault nor this server's own answer: httpwire sends a reported `502 Bad Gateway`,
 * whatever the other service answered. {@link relayUpstream} rethrows it on purpose.
 *
 * `members` are what the response said that the exception does not carry (members no problem type of the app
 * declares): kept apart, untyped and frozen, for {@link upstreamMembers}, and never sent, relayed or not.
 *
 * @example
 * ```ts
 * const exception = markUpstream(new NotFoundException('No such account.'), { retryIn: 30 });
 * ```
 */
export function markUpstream<Exception extends HttpException>(
  exception: Exception,
  members?: Readonly<Record<string, unknown>>,
): Exception {
  Object.defineProperty(exception, FROM_UPSTREAM, { value: true, configurable: true, writable: true });
  if (members !== undefined && Object.keys(members).length > 0) {
    Object.defineProperty(exception, UPSTREAM_MEMBERS, { value: Object.freeze({ ...members }), configurable: true });
  }
  return exception;
}

/**
 * The members of another service's problem that the exception read from it does not carry (see
 * {@link markUpstream}): untyped, to look at, never sent. `undefined` when there were none.
 *
 * @example
 * ```ts
 * const hint = upstreamMembers(error)?.retryIn;
 * ```
 */
export function upstreamMembers(exception: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof exception === 'object' && exception !== null ? (exception as Marked)[UPSTREAM_MEMBERS] : undefined;
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
