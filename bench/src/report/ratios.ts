import type { RouteId } from '../routes.js';
import type { Stack, Variant } from '../stacks.js';
import { median, type Spread, spread } from '../stats.js';
import type { ThroughputSample } from '../throughput.js';

export interface Cell {
  variant: Variant;
  route: RouteId;
}

/** A goal that compares two cells of one stack, measured in the same rounds. */
export interface RatioGoal {
  id: string;
  label: string;
  numerator: Cell;
  denominator: Cell;
  /** The ratio the goal asks for; undefined for a ratio shown for reference only. */
  target: number | undefined;
}

export const RATIO_GOALS: readonly RatioGoal[] = [
  {
    id: 'exception',
    label: 'httpwire throw 404 / native direct 404',
    numerator: { variant: 'httpwire', route: 'throw404' },
    denominator: { variant: 'native', route: 'direct404' },
    target: 0.9,
  },
  {
    id: 'native-exception',
    label: 'native throw 404 / native direct 404 (before httpwire)',
    numerator: { variant: 'native', route: 'throw404' },
    denominator: { variant: 'native', route: 'direct404' },
    target: undefined,
  },
  {
    id: 'throw-floor',
    label: "native throw of an exception built once / native direct 404 (the framework's cost of a throw)",
    numerator: { variant: 'native', route: 'prebuilt404' },
    denominator: { variant: 'native', route: 'direct404' },
    target: undefined,
  },
  {
    id: 'success',
    label: 'httpwire 200 JSON / native 200 JSON',
    numerator: { variant: 'httpwire', route: 'json' },
    denominator: { variant: 'native', route: 'json' },
    target: 0.97,
  },
  {
    id: 'response-json',
    label: 'httpwire HttpResponse.json / native 200 JSON',
    numerator: { variant: 'httpwire', route: 'responseJson' },
    denominator: { variant: 'native', route: 'json' },
    target: undefined,
  },
  {
    id: 'unknown-error',
    label: 'httpwire unknown 500 / native unknown 500',
    numerator: { variant: 'httpwire', route: 'crash' },
    denominator: { variant: 'native', route: 'crash' },
    target: 1,
  },
  {
    id: 'text',
    label: 'httpwire text + cookies / native text + cookies',
    numerator: { variant: 'httpwire', route: 'text' },
    denominator: { variant: 'native', route: 'text' },
    target: undefined,
  },
];

export type Verdict = 'met' | 'within noise' | 'missed' | 'reference';

export interface RatioResult {
  /** Ratio of the two medians. */
  ratio: number;
  /**
   * The same comparison from server CPU time per request (B's over A's, so that above 1 still means A is
   * cheaper): it depends much less on what else the machine runs than req/s does.
   */
  cpuRatio: number;
  /** Per-round paired ratios. */
  paired: Spread;
  verdict: Verdict;
}

function samplesOf(samples: readonly ThroughputSample[], stack: Stack, cell: Cell, round?: number) {
  return samples.filter(
    (sample) =>
      sample.stack === stack &&
      sample.variant === cell.variant &&
      sample.route === cell.route &&
      (round === undefined || sample.round === round),
  );
}

function rateOf(samples: readonly ThroughputSample[], stack: Stack, cell: Cell, round?: number): number[] {
  return samplesOf(samples, stack, cell, round).map((sample) => sample.requestsPerSecond);
}

/** The median server CPU µs per request of one cell. */
export function medianCpu(samples: readonly ThroughputSample[], stack: Stack, cell: Cell): number {
  return median(samplesOf(samples, stack, cell).map((sample) => sample.serverCpuMicrosPerRequest));
}

/** The median req/s of one cell, NaN when it was not measured. */
export function medianRate(samples: readonly ThroughputSample[], stack: Stack, cell: Cell): number {
  return median(rateOf(samples, stack, cell));
}

/**
 * A goal's ratio for a stack. "met": the ratio of medians reaches the target; "within noise": it does not,
 * but the target lies inside the per-round paired range; "missed": even the best round falls short.
 */
export function ratioFor(samples: readonly ThroughputSample[], stack: Stack, goal: RatioGoal): RatioResult {
  const ratio = medianRate(samples, stack, goal.numerator) / medianRate(samples, stack, goal.denominator);
  const rounds = [...new Set(samples.map((sample) => sample.round))];
  const pairs = rounds.flatMap((round) => {
    const top = rateOf(samples, stack, goal.numerator, round)[0];
    const bottom = rateOf(samples, stack, goal.denominator, round)[0];
    return top === undefined || bottom === undefined ? [] : [top / bottom];
  });
  const paired = spread(pairs);
  let verdict: Verdict = 'reference';
  if (goal.target !== undefined) {
    verdict = ratio >= goal.target ? 'met' : paired.max >= goal.target ? 'within noise' : 'missed';
  }
  const cpuRatio = medianCpu(samples, stack, goal.denominator) / medianCpu(samples, stack, goal.numerator);
  return { ratio, cpuRatio, paired, verdict };
}
