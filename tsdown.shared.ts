import { defineConfig, type UserConfig } from 'tsdown';

/**
 * The build of every published package: ESM and CJS with matching `.d.mts`/`.d.cts` types.
 * `platform` is `neutral` for core (no Node built-ins) and `node` for `@httpwire/node` and the bindings.
 */
export function libraryConfig(platform: 'neutral' | 'node', extra: UserConfig = {}): UserConfig {
  return defineConfig({
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    platform,
    target: 'es2022',
    sourcemap: true,
    clean: true,
    fixedExtension: true,
    ...extra,
  });
}
