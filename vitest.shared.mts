/**
 * The test setup of every workspace package, for its `vitest.config.ts`. CI and developers run on busy 2-core
 * machines, so no test may fail for being slow: each test and hook gets a minute, and a property test bounds its
 * own work with `numRuns` rather than with time. Plain data, so that it needs no `vitest` of its own at the root.
 */
export function testConfig<Extra extends { test?: object }>(extra: Extra = {} as Extra) {
  return {
    ...extra,
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: 60_000,
      hookTimeout: 60_000,
      reporters: ['default', 'json'],
      outputFile: { json: 'test-results/vitest.json' },
      ...extra.test,
    },
  };
}
