import { rawRequest } from '@httpwire/conformance';
import { afterAll, beforeAll } from 'vitest';
import { type RunningStack, startFuzzStacks, stopStacks } from './stacks.js';

/**
 * Starts the four stacks with the reliability routes before a suite's tests and stops them after.
 * Before stopping, each must still answer a plain request; `onStop` gets how many did not (crashes),
 * to record the suite's figures. Call it inside `describe`; the array fills once the stacks run.
 */
export function fuzzStacksForSuite(
  onStop?: (stacks: readonly RunningStack[], crashes: number) => void,
): readonly RunningStack[] {
  const stacks: RunningStack[] = [];
  beforeAll(async () => {
    stacks.push(...(await startFuzzStacks()));
  });
  afterAll(async () => {
    const alive = await Promise.all(stacks.map(answers));
    await stopStacks(stacks);
    onStop?.(stacks, alive.filter((ok) => !ok).length);
  });
  return stacks;
}

async function answers(stack: RunningStack): Promise<boolean> {
  try {
    return (await rawRequest(stack.port, { method: 'GET', path: '/entities/1' })).status === 200;
  } catch {
    return false;
  }
}
