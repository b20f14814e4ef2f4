import type { AnyProblemType } from '@httpwire/core';
import { type ReadProblemOptions, readProblem } from './read-problem.js';

/**
 * Throws the exception an HTTP error response carries (see `readProblem`), or resolves to the response: for code
 * that lets errors travel as exceptions, as a server's handlers do.
 *
 * @example
 * ```ts
 * const response = await throwIfProblem(await fetch('/api/widgets', { method: 'POST', body }), { types: [OutOfCredit] });
 * const widget = await response.json();
 * ```
 */
export async function throwIfProblem<const Types extends readonly AnyProblemType[] = []>(
  response: Response,
  options?: ReadProblemOptions<Types>,
): Promise<Response> {
  const problem = await readProblem(response, options);
  if (problem === undefined) return response;
  // The caller never gets this response: its body is let go of, so a stalled upstream does not hold the socket.
  if (!response.bodyUsed) response.body?.cancel().catch(() => {});
  throw problem;
}
