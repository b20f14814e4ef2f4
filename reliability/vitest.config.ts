import { defineConfig } from 'vitest/config';
import { testConfig } from '../vitest.shared.mts';

// Each file starts all four stacks; one file at a time keeps the soak smoke's figures its own.
export default defineConfig(testConfig({ test: { fileParallelism: false } }));
