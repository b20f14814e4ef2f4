import {
  type AnyProblemType,
  type HttpException,
  MAX_VALIDATION_ERRORS,
  markUpstream,
  type ProblemException,
} from '@httpwire/core';
import type { BodyBounds } from './bounded-body.js';
import { type ErrorResponse, errorResponseOf } from './error-response.js';
import { bareException, rehydrate } from './rehydrate.js';

/**
 * Options of {@link readProblem} and `throwIfProblem`.
 *
 * @example
 * ```ts
 * await readProblem(response, { types: [OutOfCredit], maxBytes: 64 * 1024, timeoutMs: 2_000 });
 * ```
 */
export interface ReadProblemOptions<Types extends readonly AnyProblemType[]> {
  /**
   * The problem types the app defined: a problem whose `type` is one of theirs, with the type's status and members
   * that match its schemas, comes back as that class.
   */
  types?: Types | undefined;
  /**
   * The bytes of the body read at most, after decoding, each chunk counted 64 bytes more for what holds it; past it
   * the body is dropped and the exception keeps the status. Default {@link DEFAULT_MAX_PROBLEM_BYTES} (1 MiB). A value
   * that is not a non-negative number is the default, as for the other bounds.
   */
  maxBytes?: number | undefined;
  /**
   * The time to read the body, in milliseconds; past it the body is dropped and the exception keeps the status.
   * Default {@link DEFAULT_PROBLEM_TIMEOUT_MS} (10 s).
   */
  timeoutMs?: number | undefined;
  /**
   * How many entries of a validation problem's `errors` are kept; the rest are counted in `errorsOmitted`, as a
   * server does. Default `MAX_VALIDATION_ERRORS` (100), a server's own bound.
   */
  maxErrors?: number | undefined;
}

/**
 * How many bytes of an error response's body `readProblem` reads by default: 1 MiB.
 *
 * @example
 * ```ts
 * await readProblem(response, { maxBytes: DEFAULT_MAX_PROBLEM_BYTES / 4 });
 * ```
 */
export const DEFAULT_MAX_PROBLEM_BYTES = 1024 * 1024;

/**
 * How long `readProblem` waits for an error response's body by default: 10,000 ms.
 *
 * @example
 * ```ts
 * await readProblem(response, { timeoutMs: DEFAULT_PROBLEM_TIMEOUT_MS / 5 });
 * ```
 */
export const DEFAULT_PROBLEM_TIMEOUT_MS = 10_000;

/**
 * What {@link readProblem} resolves to: an exception of one of the given problem types, or any `HttpException`.
 *
 * @example
 * ```ts
 * const problem: ReadProblem<[typeof OutOfCredit]> | undefined = await readProblem(response, { types: [OutOfCredit] });
 * ```
 */
export type ReadProblem<Types extends readonly AnyProblemType[]> =
  | ProblemException<Types[number]['definition']>
  | HttpException;

/**
 * Reads an HTTP error response back into the exception its server threw: from a fetch `Response`, or an axios or ky
 * error (read by shape). For a 4xx or 5xx it resolves to:
 * - the class of `options.types` whose `type` URI the problem names, when the status is the type's and the members
 *   match its schemas, with its extension members typed (members it does not declare are kept apart, see
 *   `upstreamMembers`);
 * - otherwise the named class for the status (`NotFoundException` for a 404), `ValidationException` for a validation
 *   problem, or `HttpException`;
 * - for an error response that is not a problem (an HTML 502 from a proxy), an exception of that status without
 *   `detail`.
 * It carries `status`, `title`, `detail`, `code`, `instance`, the extension members, a validation problem's `errors`,
 * and the response's `retry-after`, `www-authenticate` and `allow`. It resolves to `undefined` for anything else
 * (a 2xx, a network error). It never rejects and never hangs: whatever the response's bytes, it resolves to an
 * exception of the response's status within `timeoutMs`, having read at most `maxBytes`. The exception is marked as read from another
 * service: thrown on in a server, httpwire answers a 502 unless it is passed through `relayUpstream`.
 *
 * @example
 * ```ts
 * const response = await fetch('/api/messages', { method: 'POST', body });
 * const problem = await readProblem(response, { types: [OutOfCredit] });
 * if (problem instanceof OutOfCredit) showTopUp(problem.extensions.balance);
 * ```
 */
export async function readProblem<const Types extends readonly AnyProblemType[] = []>(
  input: unknown,
  options?: ReadProblemOptions<Types>,
): Promise<ReadProblem<Types> | undefined> {
  let status: number;
  let response: ErrorResponse | undefined;
  try {
    // Reading the shape runs the input's getters, which may throw: no response, then.
    response = errorResponseOf(input);
    status = response?.status ?? 0;
  } catch {
    return undefined;
  }
  if (response === undefined || !Number.isInteger(status) || status < 400 || status > 599) return undefined;
  try {
    const problem = await problemBody(response, boundsOf(options));
    const maxErrors = countOr(options?.maxErrors, MAX_VALIDATION_ERRORS, MAX_VALIDATION_ERRORS * 100);
    const read =
      problem === undefined
        ? { exception: bareException(response), apart: undefined }
        : rehydrate(problem, response, options?.types ?? [], maxErrors);
    return markUpstream(read.exception, read.apart) as ReadProblem<Types>;
  } catch {
    // What no rule above foresaw (a getter that throws on an axios shape, say) still ends as the status's exception.
    return markUpstream(bareException({ status, header: () => undefined })) as ReadProblem<Types>;
  }
}

/** The longest a timer can wait: past it, setTimeout fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** An option that is not a finite, non-negative integer is its default; one past `max` is `max`. */
function countOr(value: unknown, fallback: number, max: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0
    ? Math.min(Math.floor(value), max)
    : fallback;
}

function boundsOf(options: ReadProblemOptions<readonly AnyProblemType[]> | undefined): BodyBounds {
  return {
    maxBytes: countOr(options?.maxBytes, DEFAULT_MAX_PROBLEM_BYTES, Number.MAX_SAFE_INTEGER),
    timeoutMs: countOr(options?.timeoutMs, DEFAULT_PROBLEM_TIMEOUT_MS, MAX_TIMER_MS),
  };
}

async function problemBody(response: ErrorResponse, bounds: BodyBounds): Promise<Record<string, unknown> | undefined> {
  const type = response.header('content-type') ?? '';
  if (!/^application\/([\w.+-]*\+)?json\b/i.test(type)) return undefined;
  try {
    const body = await response.body(bounds);
    const parsed: unknown = typeof body === 'string' ? JSON.parse(body) : body;
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
