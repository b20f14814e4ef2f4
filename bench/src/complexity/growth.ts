/** One path measured at n, 4n and 16n: the median time of one run at each size. */
export interface GrowthResult {
  readonly name: string;
  readonly n: number;
  readonly secondsPerRun: readonly [number, number, number];
  /** The time at 16n over the time at n. */
  readonly growth: number;
  /** The goal for that growth: 1.5 × 16 × log(16n) / log(n), an n log n path with room for noise. */
  readonly goal: number;
}

/** A path at one size: `prepare` builds the input (not timed), the function it returns is the timed work. */
export type SizedRun = (n: number) => Promise<() => unknown | Promise<unknown>> | (() => unknown | Promise<unknown>);

const collectGarbage = (globalThis as { gc?: () => void }).gc;

/** Runs at least this long, or at most this many times, per size: bounded whatever the machine. */
const MIN_TIME_MS = 300;
const MAX_RUNS = 40;
const MIN_RUNS = 3;

/** The growth goal of an n log n path from n to 16n, with half again for noise. */
export function growthGoal(n: number): number {
  return 1.5 * 16 * (Math.log(16 * n) / Math.log(n));
}

/** Measures `run` at n, 4n and 16n, in that order, each after one untimed warm-up run. */
export async function measureGrowth(name: string, n: number, prepare: SizedRun): Promise<GrowthResult> {
  const times: number[] = [];
  for (const size of [n, 4 * n, 16 * n]) times.push(await medianSeconds(await prepare(size)));
  const [small, middle, large] = times as [number, number, number];
  return { name, n, secondsPerRun: [small, middle, large], growth: large / small, goal: growthGoal(n) };
}

async function medianSeconds(run: () => unknown | Promise<unknown>): Promise<number> {
  await run();
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < MIN_RUNS || (samples.length < MAX_RUNS && performance.now() - started < MIN_TIME_MS)) {
    // Each run starts with an empty heap (node --expose-gc): the garbage of the run before is not this one's work.
    collectGarbage?.();
    const start = performance.now();
    await run();
    samples.push((performance.now() - start) / 1000);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] as number;
}
