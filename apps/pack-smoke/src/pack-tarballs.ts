import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PUBLISHED, type PublishedPackage } from '@httpwire/conformance';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    tarballs: Record<PublishedPackage, string>;
  }
}

/** Packs every published package once per run (pnpm resolves `workspace:` ranges), outside the workspace. */
export default function setup(project: TestProject): () => void {
  const destination = mkdtempSync(join(tmpdir(), 'httpwire-tarballs-'));
  const tarballs = {} as Record<PublishedPackage, string>;
  for (const name of PUBLISHED) {
    const folder = fileURLToPath(new URL(`../../../packages/${name}`, import.meta.url));
    execFileSync('npx', ['-y', 'pnpm@10.34.9', 'pack', '--pack-destination', destination], {
      cwd: folder,
      stdio: 'ignore',
    });
    const file = readdirSync(destination).find((entry) => entry.startsWith(`httpwire-${name}-`));
    if (file === undefined) throw new Error(`pnpm pack made no tarball for @httpwire/${name}`);
    tarballs[name] = join(destination, file);
  }
  project.provide('tarballs', tarballs);
  return () => rmSync(destination, { recursive: true, force: true });
}

/**
 * npm `overrides` that take the packages the bindings depend on (`@httpwire/node`, `@httpwire/fetch`) from their
 * tarballs, as npm would take them from the registry once they are published.
 */
export function tarballOverrides(tarballs: Record<PublishedPackage, string>): Record<string, string> {
  return { '@httpwire/node': `file:${tarballs.node}`, '@httpwire/fetch': `file:${tarballs.fetch}` };
}
