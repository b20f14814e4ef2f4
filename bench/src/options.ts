import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isStack, STACKS, type Stack } from './stacks.js';

const BENCH_DIR = fileURLToPath(new URL('../', import.meta.url));

/** What one `pnpm bench` run does. Every load is bounded by these numbers. */
export interface BenchOptions {
  durationSeconds: number;
  warmupSeconds: number;
  rounds: number;
  connections: number;
  stacks: Stack[];
  /** Requests per allocation window; 0 skips the allocation measurement. */
  allocationRequests: number;
  /** Minimum CPU time per micro-benchmark; 0 skips them. */
  microTimeMs: number;
  seed: number;
  /** Pin the server and the load generator to separate cores (when possible). */
  pin: boolean;
  out: string;
  /** Where the run's measurements are saved as JSON, so the report can be rendered again. */
  raw: string;
  /** Render the report from a saved run instead of measuring. */
  renderFrom: string | undefined;
  findings: string;
}

export const USAGE = `node dist/main.js [options]
  --duration <s>        measured seconds per cell (default 2)
  --warmup <s>          warm-up seconds per cell (default 1)
  --rounds <n>          interleaved rounds (default 5)
  --connections <n>     autocannon connections (default 50)
  --stacks <a,b>        subset of ${STACKS.join(',')} (default all)
  --alloc-requests <n>  requests per allocation window, 0 to skip (default 2000)
  --micro-time-ms <ms>  CPU time per micro-benchmark, 0 to skip (default 500)
  --seed <n>            shuffle seed (default 1)
  --no-pin              leave scheduling to the OS (for smoke runs on a busy machine)
  --out <file>          report path (default docs/benchmarks.md at the repository root)
  --raw <file>          where the measurements are saved (default bench/last-run.json, not committed)
  --render-from <file>  render the report from saved measurements (after editing bench/findings.md)`;

function positive(name: string, text: string | undefined, fallback: number, allowZero = false): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
    throw new Error(`--${name} must be a ${allowZero ? 'non-negative' : 'positive'} number, got "${text}"`);
  }
  return value;
}

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      duration: { type: 'string' },
      warmup: { type: 'string' },
      rounds: { type: 'string' },
      connections: { type: 'string' },
      stacks: { type: 'string' },
      'alloc-requests': { type: 'string' },
      'micro-time-ms': { type: 'string' },
      seed: { type: 'string' },
      'no-pin': { type: 'boolean' },
      out: { type: 'string' },
      raw: { type: 'string' },
      'render-from': { type: 'string' },
    },
  });
  const stacks = values.stacks === undefined ? [...STACKS] : values.stacks.split(',').map((each) => each.trim());
  const unknown = stacks.filter((each) => !isStack(each));
  if (unknown.length > 0) throw new Error(`unknown stack(s): ${unknown.join(', ')}; known: ${STACKS.join(', ')}`);
  return {
    durationSeconds: positive('duration', values.duration, 2),
    warmupSeconds: positive('warmup', values.warmup, 1, true),
    rounds: Math.round(positive('rounds', values.rounds, 5)),
    connections: Math.round(positive('connections', values.connections, 50)),
    stacks: stacks as Stack[],
    allocationRequests: Math.round(positive('alloc-requests', values['alloc-requests'], 2000, true)),
    microTimeMs: positive('micro-time-ms', values['micro-time-ms'], 500, true),
    seed: Math.round(positive('seed', values.seed, 1, true)),
    pin: values['no-pin'] !== true,
    out: values.out ?? `${BENCH_DIR}../docs/benchmarks.md`,
    raw: values.raw ?? `${BENCH_DIR}last-run.json`,
    renderFrom: values['render-from'],
    findings: `${BENCH_DIR}findings.md`,
  };
}
