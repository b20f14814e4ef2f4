import type { ErrorContext } from '@httpwire/core';

/** A sink for one line per `onError` call, with the reported value; the apps write the line to stderr. */
export type ReportLine = (line: string, error: unknown) => void;

/**
 * The `onError` every example app uses: one line naming the status, phase and request path.
 * The error's message stays out of it, so secrets stay out of logs too.
 */
export function errorReporter(report: ReportLine): (error: unknown, context: ErrorContext) => void {
  return (error, { status, phase, request }) => {
    const name = error instanceof Error ? error.name : typeof error;
    report(`httpwire onError status=${status} phase=${phase} path=${request?.path ?? '?'} error=${name}`, error);
  };
}

/** Writes report lines to stderr. */
export const stderrReport: ReportLine = (line) => {
  process.stderr.write(`${line}\n`);
};
