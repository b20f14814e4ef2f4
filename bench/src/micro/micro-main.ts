// The core micro-benchmarks, in their own process: `--mode time` (mitata) or `--mode bytes` (started with
// ALLOCATION_NODE_FLAGS, so `gc` exists and no scavenge runs inside a window). Prints one JSON array on stdout.
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { do_not_optimize, measure } from 'mitata';
import { MICRO_CASES } from './micro-cases.js';
import type { MicroResult } from './micro-result.js';

const { values } = parseArgs({
  options: { 'time-ms': { type: 'string', default: '500' }, mode: { type: 'string', default: 'time' } },
});
const minCpuTimeNs = Number(values['time-ms']) * 1e6;
// Enough iterations that one object more per operation shows; fewer for short (smoke) runs.
const ALLOCATION_ITERATIONS = Math.max(200, Math.min(10_000, Math.round(Number(values['time-ms']) * 20)));

function bytesPerOperation(run: () => unknown): number {
  const kept: unknown[] = new Array(1);
  const perRound: number[] = [];
  for (let round = 0; round < 5; round++) {
    globalThis.gc?.();
    const before = getHeapStatistics().used_heap_size;
    for (let index = 0; index < ALLOCATION_ITERATIONS; index++) kept[0] = run();
    perRound.push((getHeapStatistics().used_heap_size - before) / ALLOCATION_ITERATIONS);
  }
  return perRound.sort((a, b) => a - b)[2] as number;
}

// Timing and allocation run in separate processes: the huge young generation that keeps collections out of an
// allocation window also makes every allocation touch fresh memory, which would slow the timed loops.
const results: Pick<MicroResult, 'name' | 'nsPerOperation' | 'bytesPerOperation'>[] = [];
for (const { name, run } of MICRO_CASES) {
  if (values.mode === 'bytes') {
    results.push({ name, nsPerOperation: Number.NaN, bytesPerOperation: bytesPerOperation(run) });
  } else {
    const stats = await measure(() => do_not_optimize(run()), { min_cpu_time: minCpuTimeNs });
    results.push({ name, nsPerOperation: stats.avg, bytesPerOperation: Number.NaN });
  }
}
process.stdout.write(JSON.stringify(results));
