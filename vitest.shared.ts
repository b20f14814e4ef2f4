import { defineConfig, mergeConfig, type ViteUserConfig } from 'vitest/config';

/**
 * The test setup of every workspace package. CI and developers run on busy 2-core machines, so
 * no test may fail for being slow: each test and hook gets a minute, and a property test bounds
 * its own work with `numRuns` rather than with time.
 */
export function testConfig(extra: ViteUserConfig = {}): ViteUserConfig {
  return mergeConfig(
    defineConfig({
      test: {
        include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        testTimeout: 60_000,
        hookTimeout: 60_000,
        reporters: ['default', 'json'],
        outputFile: { json: 'test-results/vitest.json' },
      },
    }),
    extra,
  );
}
