import { STACK_LABELS, type Stack } from '../stacks.js';
import type { ThroughputSample } from '../throughput.js';
import { formatRatio, table } from './format.js';
import { RATIO_GOALS, ratioFor, type Verdict } from './ratios.js';

const MARK: Record<Verdict, string> = {
  met: '✅ met',
  'within noise': '≈ within noise',
  missed: '❌ missed',
  reference: '',
};

/** One row per ratio, one column per stack: ratio of medians, per-round paired range, verdict. */
export function renderRatioTable(samples: readonly ThroughputSample[], stacks: readonly Stack[]): string {
  const rows = RATIO_GOALS.map((goal) => [
    goal.label,
    goal.target === undefined ? 'reference' : `≥ ${goal.target.toFixed(2)}`,
    ...stacks.map((stack) => {
      const { ratio, paired, verdict } = ratioFor(samples, stack, goal);
      const range = `(${formatRatio(paired.min)}–${formatRatio(paired.max)})`;
      return `${formatRatio(ratio)} ${range}${verdict === 'reference' ? '' : ` ${MARK[verdict]}`}`;
    }),
  ]);
  return table(['ratio (A / B)', 'goal', ...stacks.map((stack) => STACK_LABELS[stack])], rows);
}

/** The same ratios from server CPU time per request: B's CPU µs/request over A's. */
export function renderCpuRatioTable(samples: readonly ThroughputSample[], stacks: readonly Stack[]): string {
  const rows = RATIO_GOALS.map((goal) => [
    goal.label,
    goal.target === undefined ? 'reference' : `≥ ${goal.target.toFixed(2)}`,
    ...stacks.map((stack) => formatRatio(ratioFor(samples, stack, goal).cpuRatio)),
  ]);
  return table(['ratio (A / B), from CPU µs per request', 'goal', ...stacks.map((stack) => STACK_LABELS[stack])], rows);
}
