import type { AllocationSample } from '../allocation.js';
import { STACK_LABELS, type Stack } from '../stacks.js';
import { formatBytes, table } from './format.js';

function bytes(samples: readonly AllocationSample[], stack: Stack, variant: string, route: string): number | undefined {
  return samples.find((s) => s.stack === stack && s.variant === variant && s.route === route)?.bytesPerRequest;
}

function difference(a: number | undefined, b: number | undefined): string {
  if (a === undefined || b === undefined) return '—';
  const delta = a - b;
  return `${delta >= 0 ? '+' : '−'}${formatBytes(Math.abs(delta))}`;
}

/** Server heap per request on the 404 paths, and httpwire's throw path against the native direct write. */
export function renderAllocationTable(samples: readonly AllocationSample[], stacks: readonly Stack[]): string {
  const rows = stacks.map((stack) => {
    const direct = bytes(samples, stack, 'native', 'direct404');
    const nativeThrow = bytes(samples, stack, 'native', 'throw404');
    const wireThrow = bytes(samples, stack, 'httpwire', 'throw404');
    return [
      STACK_LABELS[stack],
      formatBytes(direct),
      formatBytes(nativeThrow),
      formatBytes(wireThrow),
      difference(wireThrow, direct),
      difference(nativeThrow, direct),
    ];
  });
  return table(
    [
      'stack',
      'native direct 404',
      'native throw 404',
      'httpwire throw 404',
      'httpwire throw − native direct',
      'native throw − native direct',
    ],
    rows,
  );
}
