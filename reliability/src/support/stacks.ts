import type { DeclaredDifferences } from '@httpwire/conformance';
import type { ReportLine } from '@httpwire/example-domain';
import { startExpressExample } from '@httpwire/express-example';
import { startFastifyExample } from '@httpwire/fastify-example';
import { startFetchExample } from '@httpwire/fetch-example/node';
import { HONO_NODE_SERVER_DECLARED, startHonoExample } from '@httpwire/hono-example';
import { startNestExample } from '@httpwire/nestjs-example';

/** One `onError` call as an example app reported it: its line, and the value it was given. */
export interface Report {
  line: string;
  error: unknown;
}

/** An example app running in this process on 127.0.0.1. */
export interface RunningStack {
  name: string;
  port: number;
  /** Every `onError` call since the start, in order. */
  reports: Report[];
  /** The bytes its server writes its own way, which comparisons leave out. */
  declared: DeclaredDifferences;
  close(): Promise<void>;
}

type StartExample = (
  host: string,
  port: number,
  report: ReportLine,
) => Promise<{ port: number; close(): Promise<void> }>;

/** The stacks that run in this process, by name, with how each starts. */
export const STACK_STARTERS: Readonly<Record<string, StartExample>> = {
  express: startExpressExample,
  fastify: startFastifyExample,
  'nest-express': (host, port, report) => startNestExample('express', host, port, report),
  'nest-fastify': (host, port, report) => startNestExample('fastify', host, port, report),
  hono: startHonoExample,
  'fetch-node': startFetchExample,
};

/** What each stack declares it writes its own way (none on Express, Fastify and Nest). */
const STACK_DECLARED: Readonly<Record<string, DeclaredDifferences>> = {
  hono: HONO_NODE_SERVER_DECLARED,
  'fetch-node': {
    plainValues: "core's JSON for a plain returned value: application/json without a charset, headers in name order",
  },
};

/** Starts one stack on port 0, collecting its reports. */
export async function startStack(name: string): Promise<RunningStack> {
  const start = STACK_STARTERS[name];
  if (start === undefined) throw new Error(`No stack named "${name}"`);
  const reports: Report[] = [];
  const running = await start('127.0.0.1', 0, (line, error) => reports.push({ line, error }));
  return { name, port: running.port, reports, declared: STACK_DECLARED[name] ?? {}, close: running.close };
}

/**
 * Starts every stack with the reliability routes mounted (`HTTPWIRE_FUZZ=1`), which the apps read
 * when they are built.
 */
export async function startFuzzStacks(): Promise<RunningStack[]> {
  const previous = process.env.HTTPWIRE_FUZZ;
  process.env.HTTPWIRE_FUZZ = '1';
  try {
    return await Promise.all(Object.keys(STACK_STARTERS).map(startStack));
  } finally {
    if (previous === undefined) delete process.env.HTTPWIRE_FUZZ;
    else process.env.HTTPWIRE_FUZZ = previous;
  }
}

/** Stops every stack. */
export async function stopStacks(stacks: readonly RunningStack[]): Promise<void> {
  await Promise.all(stacks.map((stack) => stack.close()));
}

/**
 * Waits until `stack` has at least `count` reports after `before`, or `timeoutMs` passed; returns the new ones. It
 * returns as soon as they are there: the generous default bound only runs out for a report that never comes, so
 * that a report made late by a loaded machine still counts.
 */
export async function reportsSince(
  stack: RunningStack,
  before: number,
  count: number,
  timeoutMs = 20_000,
): Promise<Report[]> {
  for (let waited = 0; stack.reports.length - before < count && waited < timeoutMs; waited += 10) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return stack.reports.slice(before);
}
