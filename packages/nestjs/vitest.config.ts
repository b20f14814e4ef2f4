import swc from 'unplugin-swc';
import { testConfig } from '../../vitest.shared.ts';

// esbuild emits no decorator metadata; SWC does, as Nest's ValidationPipe needs it.
export default testConfig({ plugins: [swc.vite({ module: { type: 'es6' } })] });
