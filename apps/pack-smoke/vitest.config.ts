import { testConfig } from '../../vitest.shared.ts';

export default testConfig({
  test: {
    globalSetup: ['src/pack-tarballs.ts'],
    // npm installs from the registry: generous, but bounded.
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
