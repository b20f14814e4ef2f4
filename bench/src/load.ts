import autocannon from 'autocannon';
import { HOST } from './servers/running-server.js';

/** One bounded autocannon run against one route. */
export interface LoadOptions {
  port: number;
  path: string;
  connections: number;
  /** Seconds; ignored when `amount` is set. */
  durationSeconds: number;
  /** A fixed number of requests instead of a duration. */
  amount?: number | undefined;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Connection errors, timeouts and responses with another status than the route's. */
  failures: number;
  /** Bytes per response body, as the server sent it (from autocannon's byte count). */
  bytesPerResponse: number;
}

/**
 * How long one request may take before autocannon counts it a timeout, a failure: generous, because the smoke test
 * runs the bench on a machine loaded by every other package's tests, and a measured run never comes near it.
 */
const REQUEST_TIMEOUT_SECONDS = 30;

/** A hard stop on top of autocannon's own bound, so no load loop can outlive its budget (past a last request's timeout). */
const GRACE_MS = (REQUEST_TIMEOUT_SECONDS + 15) * 1000;

export async function runLoad(options: LoadOptions, expectedStatus: number): Promise<LoadResult> {
  const instance = autocannon({
    url: `http://${HOST}:${options.port}${options.path}`,
    connections: options.connections,
    ...(options.amount === undefined ? { duration: options.durationSeconds } : { amount: options.amount }),
    timeout: REQUEST_TIMEOUT_SECONDS,
    // autocannon stops on its sampling tick, so a run lasts a whole number of ticks: short runs need short ticks.
    sampleInt: Math.min(1000, Math.max(50, Math.round(options.durationSeconds * 1000))),
  } as autocannon.Options);
  const budgetMs = (options.amount === undefined ? options.durationSeconds * 1000 : 60_000) + GRACE_MS;
  let timer: NodeJS.Timeout | undefined;
  const result = await Promise.race([
    instance,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        // autocannon's promise is also its tracker, which can stop the run.
        (instance as unknown as { stop(): void }).stop();
        reject(new Error(`load on ${options.path} overran ${budgetMs} ms`));
      }, budgetMs);
    }),
  ]).finally(() => clearTimeout(timer));
  const total = result.requests.total;
  const expected = result.statusCodeStats?.[`${expectedStatus}`]?.count ?? 0;
  return {
    requestsPerSecond: total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: total,
    failures: result.errors + result.timeouts + (total - expected),
    bytesPerResponse: total === 0 ? 0 : result.throughput.total / total,
  };
}
