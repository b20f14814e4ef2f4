import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type RawResponse, rawRequest, snapshot, startProcess, type WireSnapshot } from '@httpwire/conformance';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { type FreshProject, freshProject, runIn } from './fresh-project.js';
import { tarballOverrides } from './pack-tarballs.js';

const tarballs = inject('tarballs');
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const file = (path: string) => `file:${path}`;
const core = { '@httpwire/core': file(tarballs.core) };
const overrides = tarballOverrides(tarballs);
const nest11 = {
  '@nestjs/common': '^11.1.0',
  '@nestjs/core': '^11.1.0',
  'reflect-metadata': '^0.2.2',
  rxjs: '^7.8.2',
};
const nest12 = {
  '@nestjs/common': '^12.5.1',
  '@nestjs/core': '^12.5.1',
  '@nestjs/platform-express': '^12.5.0',
  '@nestjs/platform-fastify': '^12.5.0',
  'reflect-metadata': '^0.2.2',
  rxjs: '^7.8.2',
};

interface Scenario {
  name: string;
  type: 'module' | 'commonjs';
  dependencies: Record<string, string>;
  files: Record<string, string>;
  entry: string;
  env?: Record<string, string>;
  /** Compile step before starting, if any. */
  build?: [string, string[]];
  /** A framework the project must not have pulled in. */
  absent?: string;
  /** The framework whose installed version the matrix reports. */
  framework: string;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'Express 5, ESM',
    type: 'module',
    dependencies: { ...core, '@httpwire/express': file(tarballs.express), express: '^5.3.0' },
    files: { 'app.mjs': fixture('express5-esm.mjs') },
    entry: 'app.mjs',
    absent: 'fastify',
    framework: 'express',
  },
  {
    name: 'Express 4, CommonJS',
    type: 'commonjs',
    dependencies: { ...core, '@httpwire/express': file(tarballs.express), express: '^4.21.2' },
    files: { 'app.cjs': fixture('express4-cjs.cjs') },
    entry: 'app.cjs',
    absent: 'fastify',
    framework: 'express',
  },
  {
    name: 'Fastify 5, ESM',
    type: 'module',
    dependencies: { ...core, '@httpwire/fastify': file(tarballs.fastify), fastify: '^5.12.8' },
    files: { 'app.mjs': fixture('fastify5-esm.mjs') },
    entry: 'app.mjs',
    absent: 'express',
    framework: 'fastify',
  },
  {
    name: 'Hono 4 on @hono/node-server, ESM',
    type: 'module',
    dependencies: {
      ...core,
      '@httpwire/hono': file(tarballs.hono),
      '@httpwire/node': file(tarballs.node),
      hono: '^4.13.19',
      '@hono/node-server': '^2.1.9',
    },
    files: { 'app.mjs': fixture('hono4-esm.mjs') },
    entry: 'app.mjs',
    absent: 'express',
    framework: 'hono',
  },
  {
    name: 'fetch handler on srvx, ESM',
    type: 'module',
    dependencies: { ...core, '@httpwire/fetch': file(tarballs.fetch), srvx: '^1.0.8' },
    files: { 'app.mjs': fixture('fetch-srvx-esm.mjs') },
    entry: 'app.mjs',
    absent: 'express',
    framework: 'srvx',
  },
  ...(['express', 'fastify'] as const).map(
    (platform): Scenario => ({
      name: `Nest 12 on ${platform}, ESM`,
      type: 'module',
      dependencies: { ...core, '@httpwire/nestjs': file(tarballs.nestjs), ...nest12 },
      files: { 'app.mjs': fixture('nest12-esm.mjs') },
      entry: 'app.mjs',
      env: { NEST_PLATFORM: platform },
      framework: '@nestjs/core',
    }),
  ),
  {
    name: 'Nest 11 on express, CommonJS compiled with tsc',
    type: 'commonjs',
    dependencies: {
      ...core,
      '@httpwire/nestjs': file(tarballs.nestjs),
      '@nestjs/common': '^11.1.0',
      '@nestjs/core': '^11.1.0',
      '@nestjs/platform-express': '^11.1.0',
      'reflect-metadata': '^0.2.2',
      rxjs: '^7.8.2',
      typescript: '~5.9.3',
      '@types/node': '^20.19.0',
    },
    files: { 'main.ts': fixture('nest11-cjs.ts'), 'tsconfig.json': fixture('nest11-tsconfig.json') },
    entry: 'dist/main.js',
    build: ['npx', ['tsc', '-p', '.']],
    framework: '@nestjs/core',
  },
];

const PROBLEM_404 =
  '{"type":"about:blank","title":"Not Found","status":404,"detail":"No entity with the id \\"42\\" exists.","code":"NOT_FOUND"}';

const stops: (() => void)[] = [];
afterAll(() => {
  for (const stop of stops) stop();
});

/** The three requests every scenario answers, and what crossed the wire. */
async function exercise(port: number): Promise<Record<string, RawResponse>> {
  const get = (path: string) => rawRequest(port, { method: 'GET', path, headers: { Accept: '*/*' } });
  return { missing: await get('/missing'), cookies: await get('/cookies'), crash: await get('/crash') };
}

const header = (response: RawResponse, name: string) =>
  response.headers.filter(([key]) => key.toLowerCase() === name).map(([, value]) => value);

const snapshots = new Map<string, Record<string, WireSnapshot>>();
const matrix: string[] = [];

describe.each(SCENARIOS)('installed from tarballs: $name', (scenario) => {
  let project: FreshProject;

  it('installs with npm, starts, and sends the expected bytes', async () => {
    project = await freshProject({ ...scenario, overrides });
    if (scenario.absent !== undefined)
      expect(project.has(scenario.absent), `${scenario.absent} not installed`).toBe(false);
    if (scenario.build !== undefined) await runIn(project, ...scenario.build);
    const started = await startProcess(project.directory, scenario.env ?? {}, scenario.entry);
    stops.push(started.stop);
    const responses = await exercise(started.port);

    expect(responses.missing?.status).toBe(404);
    expect(header(responses.missing as RawResponse, 'content-type')).toEqual(['application/problem+json']);
    expect(responses.missing?.body.toString()).toBe(PROBLEM_404);
    expect(header(responses.cookies as RawResponse, 'set-cookie')).toEqual(['chocolate', 'pecan']);
    expect(responses.cookies?.body.toString()).toBe('Hello, World!');
    expect(responses.crash?.status).toBe(500);
    expect(responses.crash?.body.toString()).not.toContain('hunter2');

    const version = JSON.parse(
      readFileSync(join(project.directory, 'node_modules', scenario.framework, 'package.json'), 'utf8'),
    ).version;
    matrix.push(`${scenario.name}: ${scenario.framework}@${version}`);
    snapshots.set(
      scenario.name,
      Object.fromEntries(Object.entries(responses).map(([key, value]) => [key, snapshot(value)])),
    );
  });
});

describe('across the installed scenarios', () => {
  it('every scenario sent the same bytes', () => {
    const [first, ...others] = [...snapshots.values()];
    expect(snapshots.size).toBe(SCENARIOS.length);
    for (const other of others) expect(other).toEqual(first);
    console.log(`pack smoke matrix:\n  ${matrix.join('\n  ')}`);
  });
});

describe.each(['module', 'commonjs'] as const)('a strict TypeScript consumer (%s, skipLibCheck: false)', (type) => {
  it('compiles against the published types of every package', async () => {
    const project = await freshProject({
      type,
      dependencies: {
        ...core,
        '@httpwire/node': file(tarballs.node),
        '@httpwire/client': file(tarballs.client),
        '@httpwire/express': file(tarballs.express),
        '@httpwire/fastify': file(tarballs.fastify),
        '@httpwire/nestjs': file(tarballs.nestjs),
        '@httpwire/fetch': file(tarballs.fetch),
        '@httpwire/hono': file(tarballs.hono),
        hono: '^4.13.19',
        express: '^5.3.0',
        '@types/express': '^5.0.6',
        fastify: '^5.12.8',
        '@fastify/swagger': '^9.9.3',
        // Nest 12 is ESM-only: a CommonJS project uses Nest 11.
        ...(type === 'module' ? nest12 : nest11),
        typescript: '~5.9.3',
        '@types/node': '^20.19.0',
      },
      overrides,
      files: { 'consumer.ts': fixture('strict-consumer.ts'), 'tsconfig.json': fixture('strict-tsconfig.json') },
    });
    await runIn(project, 'npx', ['tsc', '-p', '.']);
  });
});

describe('two copies of core in one process', () => {
  it('recognise each other’s exceptions and responses (ESM import + CJS require)', async () => {
    const project = await freshProject({
      type: 'module',
      dependencies: core,
      files: { 'dual.mjs': fixture('dual-load.mjs') },
    });
    const { stdout } = await promisify(execFile)(process.execPath, ['dual.mjs'], { cwd: project.directory });
    expect(JSON.parse(stdout)).toEqual({
      twoCopies: true,
      brand: true,
      instanceOfNamed: true,
      instanceOfBase: true,
      instanceOfOther: false,
      wireStatus: 404,
      reverse: true,
      responseBrand: 202,
      problemType: true,
      upstream: 502,
      relayed: 404,
    });
  });
});
