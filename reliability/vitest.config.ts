import { testConfig } from '../vitest.shared.ts';

// Each file starts all four stacks; one file at a time keeps the soak smoke's figures its own.
export default testConfig({ test: { fileParallelism: false } });
