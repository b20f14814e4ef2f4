import { defineConfig } from 'vitest/config';
import { testConfig } from '../../vitest.shared.mts';

export default defineConfig(
  testConfig({
    test: {
      globalSetup: ['src/pack-tarballs.ts'],
      // npm installs from the registry: generous, but bounded.
      testTimeout: 240_000,
      hookTimeout: 240_000,
    },
  }),
);
