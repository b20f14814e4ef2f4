import { describe, expect, it } from 'vitest';
import { recordFigures } from '../support/figures.js';
import { STACK_STARTERS } from '../support/stacks.js';
import { soakFigures } from './print-soak.js';
import { reportsMatch, runSoak } from './run-soak.js';

describe('soak smoke (the full soak is `pnpm soak`)', () => {
  it('serves the mixed catalogue under load on every stack: 10 s in all, no unexpected status, no socket error', async () => {
    const plan = { stacks: Object.keys(STACK_STARTERS), warmupSeconds: 1, seconds: 1.5, connections: 10 };
    const results = await runSoak(plan);
    recordFigures(
      'soak-smoke',
      results.map((result) => result.stack),
      soakFigures(results, plan.seconds, plan.warmupSeconds),
    );
    for (const result of results) {
      expect(result.requests, result.stack).toBeGreaterThan(0);
      expect(result.unexpectedStatuses, result.stack).toBe(0);
      expect(result.socketErrors, result.stack).toBe(0);
      expect(reportsMatch(result), `${result.stack}: one onError report per 5xx sent`).toBe(true);
      expect(result.reports, `${result.stack}: reports after draining`).toBe(result.serverErrorStatuses);
      expect(result.handlesAfter, `${result.stack}: open handles back to the baseline`).toBeLessThanOrEqual(
        result.handlesBefore,
      );
    }
  }, 120_000);
});
