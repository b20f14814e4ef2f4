import { reasonPhrase } from '../status/reason-phrases.js';
import { negotiateProblemType } from './negotiate.js';
import { problemBytes } from './problem-bytes.js';
import type { ProblemDetails } from './problem-details.js';
import type { WireRequest, WireResponse } from './wire-types.js';

/**
 * Whether `plainProblemWire` applies: an error status, no headers of its own, and no `details` or `errors`
 * (whose serialization may fail, and which make the bytes differ between problems of one status).
 */
export function isPlainProblem(problem: ProblemDetails, ownHeaderCount: number): boolean {
  return (
    ownHeaderCount === 0 &&
    problem.details === undefined &&
    problem.errors === undefined &&
    problem.instance === undefined &&
    problem.extensions === undefined &&
    problem.status >= 400
  );
}

/**
 * The wire form of a plain problem, built directly: the same status line, headers and bytes `frame`
 * produces for it, without the general path's header list work. The header lines are already in the
 * order `frame` sorts them into.
 *
 * @example
 * ```ts
 * plainProblemWire({ type: 'about:blank', title: 'Not Found', status: 404, code: 'NOT_FOUND' }, { method: 'GET' });
 * ```
 */
export function plainProblemWire(problem: ProblemDetails, request: WireRequest | undefined): WireResponse {
  const body = problemBytes(problem);
  return {
    status: problem.status,
    statusText: reasonPhrase(problem.status),
    headers: [
      ['content-length', String(body.byteLength)],
      ['content-type', negotiateProblemType(request?.accept)],
      ['vary', 'accept'],
      ['x-content-type-options', 'nosniff'],
    ],
    body: request?.method === 'HEAD' ? null : body,
  };
}
