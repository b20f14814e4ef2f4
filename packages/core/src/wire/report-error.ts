import type { ErrorContext, ToWireOptions } from './wire-types.js';

/**
 * Calls `onError` and swallows whatever it throws or rejects with: a logging hook must never
 * turn one failure into two responses or an unhandled rejection.
 *
 * @example
 * ```ts
 * reportError(options, error, { status: 500, phase: 'handler', request });
 * ```
 */
export function reportError(options: ToWireOptions | undefined, error: unknown, context: ErrorContext): void {
  const onError = options?.onError;
  if (onError === undefined) return;
  try {
    const result: unknown = onError(error, context);
    if (typeof (result as Promise<unknown> | undefined)?.then === 'function') {
      (result as Promise<unknown>).then(undefined, ignore);
    }
  } catch {
    // The hook failed; the response it was reporting on still goes out.
  }
}

function ignore(): void {}
