// The core micro-benchmarks, in their own process (started with ALLOCATION_NODE_FLAGS so `gc` exists and
// no scavenge runs inside an allocation window). Prints one JSON array of MicroResult on stdout.
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { do_not_optimize, measure } from 'mitata';
import { MICRO_CASES } from './micro-cases.js';
import type { MicroResult } from './micro-result.js';

const { values } = parseArgs({ options: { 'time-ms': { type: 'string', default: '500' } } });
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

const results: MicroResult[] = [];
for (const { group, name, run } of MICRO_CASES) {
  const stats = await measure(() => do_not_optimize(run()), { min_cpu_time: minCpuTimeNs });
  results.push({ group, name, nsPerOperation: stats.avg, bytesPerOperation: bytesPerOperation(run) });
}
process.stdout.write(JSON.stringify(results));
