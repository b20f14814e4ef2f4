import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { type SoakRequest, soakMix } from './soak-mix.js';
import type { ServerStats } from './soak-server.js';

/** How long and how hard to soak each stack. */
export interface SoakPlan {
  stacks: readonly string[];
  warmupSeconds: number;
  seconds: number;
  connections: number;
}

/** One stack's figures, and whether it met every requirement. */
export interface SoakResult {
  stack: string;
  requests: number;
  requestsPerSecond: number;
  unexpectedStatuses: number;
  socketErrors: number;
  rssAfterWarmupMb: number;
  rssGrowthMb: number;
  heapGrowthMb: number;
  handlesBefore: number;
  handlesAfter: number;
  errorStatuses: number;
  serverErrorStatuses: number;
  reports: number;
  connections: number;
}

/** RSS may grow less than this after warm-up. */
export const RSS_GROWTH_LIMIT_MB = 10;

/** The requirements a result must meet; empty when it meets them all. */
export function soakFailures(result: SoakResult): string[] {
  const failures: string[] = [];
  if (result.unexpectedStatuses > 0) failures.push(`${result.unexpectedStatuses} unexpected statuses`);
  if (result.socketErrors > 0) failures.push(`${result.socketErrors} socket errors`);
  if (result.rssGrowthMb >= RSS_GROWTH_LIMIT_MB) failures.push(`RSS grew ${result.rssGrowthMb} MB`);
  if (result.handlesAfter > result.handlesBefore) failures.push('open handles above the baseline');
  if (!reportsMatch(result)) failures.push('not one onError report per 5xx');
  if (result.requests === 0) failures.push('no requests completed');
  return failures;
}

/**
 * Exactly one `onError` report per 5xx the server sent, both counted once in-flight requests have drained.
 * The load generator's own count is a bound: when the load stops, autocannon drops up to one request per
 * connection in flight, which the server still answers (and reports), unseen.
 */
export function reportsMatch(result: SoakResult): boolean {
  return (
    result.reports === result.serverErrorStatuses &&
    result.serverErrorStatuses >= result.errorStatuses &&
    result.serverErrorStatuses <= result.errorStatuses + result.connections
  );
}

// From the package root, so the built server runs whether this module is `src/…/*.ts` (tests) or `dist/…/*.js`.
const SERVER = fileURLToPath(new URL('../../dist/soak/soak-server.js', import.meta.url));
const MB = 1024 * 1024;

/** Soaks each stack in turn, each in its own process. */
export async function runSoak(plan: SoakPlan, log: (line: string) => void = () => {}): Promise<SoakResult[]> {
  const results: SoakResult[] = [];
  for (const stack of plan.stacks) {
    log(`soaking ${stack}: ${plan.warmupSeconds} s warm-up, ${plan.seconds} s measured`);
    results.push(await soakOne(stack, plan));
  }
  return results;
}

async function soakOne(stack: string, plan: SoakPlan): Promise<SoakResult> {
  const child = fork(SERVER, [stack], { execArgv: ['--expose-gc'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  try {
    const { port } = await nextMessage<{ port: number }>(child, 'port');
    const baseline = await statsOf(child);
    const mix = soakMix();
    await load(port, mix, plan.warmupSeconds, plan.connections);
    const warm = await drained(child);
    const measured = await load(port, mix, plan.seconds, plan.connections);
    const after = await drained(child);
    return {
      stack,
      requests: measured.requests,
      requestsPerSecond: Math.round(measured.requests / plan.seconds),
      unexpectedStatuses: measured.unexpected,
      socketErrors: measured.errors,
      rssAfterWarmupMb: round(warm.rssBytes / MB),
      rssGrowthMb: round((after.rssBytes - warm.rssBytes) / MB),
      heapGrowthMb: round((after.heapUsedBytes - warm.heapUsedBytes) / MB),
      handlesBefore: count(baseline.handles),
      handlesAfter: count(after.handles),
      errorStatuses: measured.errorStatuses,
      serverErrorStatuses: after.errorResponses - warm.errorResponses,
      reports: after.reports - warm.reports,
      connections: plan.connections,
    };
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      if (child.connected) child.send('stop');
      else child.kill();
      await exited;
    }
  }
}

interface LoadFigures {
  requests: number;
  unexpected: number;
  errors: number;
  errorStatuses: number;
}

async function load(port: number, mix: readonly SoakRequest[], seconds: number, connections: number) {
  const figures: LoadFigures = { requests: 0, unexpected: 0, errors: 0, errorStatuses: 0 };
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    requests: mix.map(({ status, ...request }) => ({
      ...request,
      method: request.method as 'GET' | 'POST',
      onResponse: (actual: number) => {
        figures.requests += 1;
        if (actual !== status) figures.unexpected += 1;
        if (actual >= 500) figures.errorStatuses += 1;
      },
    })),
  });
  figures.errors = result.errors + result.timeouts;
  return figures;
}

function statsOf(child: ChildProcess): Promise<ServerStats> {
  child.send('stats');
  return nextMessage<{ stats: ServerStats }>(child, 'stats').then((message) => message.stats);
}

function nextMessage<T extends object>(child: ChildProcess, key: string, timeoutMs = 30_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the soak server sent no ${key}`)), timeoutMs);
    const onMessage = (message: unknown) => {
      if (typeof message !== 'object' || message === null || !(key in message)) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(message as T);
    };
    child.on('message', onMessage);
    child.once('exit', () => reject(new Error('the soak server exited')));
  });
}

/** How long in-flight requests may take to finish once the load stops. */
const DRAIN_LIMIT_MS = 30_000;

/**
 * Waits until every request the server took has closed and its counts stopped moving, then lets the server
 * close the load generator's keep-alive connections. Past `DRAIN_LIMIT_MS` the soak fails: a request that never
 * finishes is a hang.
 */
async function drained(child: ChildProcess): Promise<ServerStats> {
  const deadline = Date.now() + DRAIN_LIMIT_MS;
  let previous = await statsOf(child);
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const stats = await statsOf(child);
    if (
      stats.inFlight === 0 &&
      stats.reports === previous.reports &&
      stats.errorResponses === previous.errorResponses
    ) {
      await settle();
      return statsOf(child);
    }
    previous = stats;
  }
  throw new Error(`requests still in flight ${DRAIN_LIMIT_MS / 1000} s after the load stopped: ${previous.inFlight}`);
}

/** Lets the server close the load generator's keep-alive connections. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 1000));
}

function count(handles: Record<string, number>): number {
  return Object.values(handles).reduce((sum, value) => sum + value, 0);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
