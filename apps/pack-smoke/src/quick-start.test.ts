import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { httpBlockMismatches, rawRequest, requestOfBlock, startProcess } from '@httpwire/conformance';
import { describe, expect, inject, it } from 'vitest';
import { type FreshProject, freshProject, runIn } from './fresh-project.js';
import { tarballOverrides } from './pack-tarballs.js';
import { quickStarts } from './quick-starts.js';

const tarballs = inject('tarballs');
const overrides = tarballOverrides(tarballs);
const PRELOAD = fileURLToPath(new URL('./fixtures/listen-on-port-0.cjs', import.meta.url));
const BINDINGS = ['express', 'fastify', 'nestjs', 'hono', 'fetch', 'node'] as const;
const QUICK_STARTS = quickStarts(tarballs, BINDINGS);

function setModuleType(project: FreshProject, type: 'module' | 'commonjs'): void {
  const file = join(project.directory, 'package.json');
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), type }, null, 2));
}

/** Starts the quick start's entry as written (only its port is 0), sends each request its README shows. */
async function mismatchesOf(
  project: FreshProject,
  entry: string,
  exchanges: (typeof QUICK_STARTS)[number]['exchanges'],
) {
  const started = await startProcess(
    project.directory,
    {},
    [process.execPath, '-r', PRELOAD, entry],
    /^quick start listening on port (\d+)$/,
  );
  try {
    const mismatches: string[] = [];
    for (const exchange of exchanges) {
      const response = await rawRequest(started.port, requestOfBlock(exchange.request));
      for (const mismatch of httpBlockMismatches(exchange.response, response)) {
        mismatches.push(`README line ${exchange.line}, ${entry}: ${mismatch}`);
      }
    }
    return mismatches;
  } finally {
    started.stop();
    await started.exited;
  }
}

describe('every binding README has a quick start that runs', () => {
  it.each(BINDINGS)('%s', (binding) => {
    const quickStart = QUICK_STARTS.filter((start) => start.readme === `packages/${binding}`);
    expect(
      quickStart.flatMap((start) => start.runs),
      'files marked run',
    ).not.toEqual([]);
    expect(
      quickStart.flatMap((start) => start.exchanges),
      'http blocks',
    ).not.toEqual([]);
  });
});

describe.each(QUICK_STARTS)('README quick start "$name", installed from the tarballs', (quickStart) => {
  it('installs as its npm install lines say, runs in ESM and CommonJS, and answers as its http blocks show', async () => {
    const project = await freshProject({
      type: 'module',
      dependencies: quickStart.dependencies,
      overrides,
      files: quickStart.files,
    });
    const mismatches: string[] = [];
    for (const file of quickStart.runs) {
      if (!file.endsWith('.ts')) {
        mismatches.push(...(await mismatchesOf(project, file, quickStart.exchanges)));
        continue;
      }
      for (const type of ['module', 'commonjs'] as const) {
        setModuleType(project, type);
        await runIn(project, 'npx', ['tsc', '-p', '.']);
        const entry = `dist/${file.replace(/\.ts$/, '.js')}`;
        mismatches.push(
          ...(await mismatchesOf(project, entry, quickStart.exchanges)).map((text) => `${type}: ${text}`),
        );
      }
    }
    expect(mismatches).toEqual([]);
  });
});
