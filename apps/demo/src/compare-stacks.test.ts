import { catalogue } from '@httpwire/conformance';
import { describe, expect, it } from 'vitest';
import { compareStacks } from './compare-stacks.js';
import { STACKS } from './stacks.js';

describe('cross-stack identity', () => {
  it('sends identical bytes on every stack for the whole catalogue, as GET and HEAD, under every Accept', async () => {
    const cases = catalogue();
    const rows = await compareStacks(STACKS, cases);
    expect(STACKS.length).toBeGreaterThanOrEqual(2);
    expect(rows).toHaveLength(cases.length);
    expect(rows.flatMap((row) => row.differences.map((text) => `${row.entry.name}: ${text}`))).toEqual([]);
  }, 240_000);
});
