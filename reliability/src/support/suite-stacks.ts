import { rawRequest } from '@httpwire/conformance';
import { afterAll, beforeAll } from 'vitest';
import { recordFigures, type SuiteFigures } from './figures.js';
import { type RunningStack, startFuzzStacks, stopStacks } from './stacks.js';

/** What a suite records when its stacks stop: its name and its figures (the crash count is added). */
export interface SuiteRecord {
  suite: string;
  figures: (stacks: readonly RunningStack[]) => SuiteFigures['figures'];
}

/**
 * Starts the four stacks with the reliability routes before a suite's tests and stops them after.
 * Before stopping, each must still answer a plain request; those that do not are the suite's crashes,
 * recorded with its figures. Call it inside `describe`; the array fills once the stacks run.
 */
export function fuzzStacksForSuite(record?: SuiteRecord): readonly RunningStack[] {
  const stacks: RunningStack[] = [];
  beforeAll(async () => {
    stacks.push(...(await startFuzzStacks()));
  });
  afterAll(async () => {
    const alive = await Promise.all(stacks.map(answers));
    await stopStacks(stacks);
    if (record === undefined) return;
    const crashes = alive.filter((ok) => !ok).length;
    recordFigures(
      record.suite,
      stacks.map((stack) => stack.name),
      { ...record.figures(stacks), crashes },
    );
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
