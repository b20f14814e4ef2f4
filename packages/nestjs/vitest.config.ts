import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';
import { testConfig } from '../../vitest.shared.mts';

// esbuild emits no decorator metadata; SWC does, as Nest's ValidationPipe needs it.
export default defineConfig(testConfig({ plugins: [swc.vite({ module: { type: 'es6' } })] }));
