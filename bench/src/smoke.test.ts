import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VARIANT_ROUTES } from './stacks.js';

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'httpwire-bench-'));
const out = join(dir, 'benchmarks.md');

// The whole runner on two stacks, one tiny round: it proves the benchmark still runs. No timing is asserted.
// Alone it takes about 10 s; the generous bound is for a loaded 2-core machine running every package's tests at once.
const SMOKE_TIMEOUT_MS = 240_000;
describe('pnpm bench, smoke run', () => {
  let report = '';
  beforeAll(async () => {
    const smokeArgs = ['--stacks', 'raw,fastify', '--rounds', '1', '--duration', '0.2', '--warmup', '0.1', '--no-pin'];
    const budgetArgs = [
      '--alloc-requests',
      '100',
      '--micro-time-ms',
      '5',
      '--out',
      out,
      '--raw',
      join(dir, 'run.json'),
    ];
    await promisify(execFile)(process.execPath, [MAIN, ...smokeArgs, ...budgetArgs], {
      timeout: SMOKE_TIMEOUT_MS,
    }).catch((error: { killed?: boolean; stderr?: string }) => {
      if (error.killed) throw new Error(`the bench smoke run timed out after ${SMOKE_TIMEOUT_MS / 1000} s`);
      throw new Error(`the bench smoke run failed: ${error.stderr ?? String(error)}`);
    });
    // The hand-written findings (bench/findings.md) follow the tables; they describe another run.
    report = readFileSync(out, 'utf8').split('\n## Findings\n')[0] ?? '';
  }, SMOKE_TIMEOUT_MS + 30_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes every section', () => {
    for (const heading of [
      '# Benchmarks',
      '## Setup',
      '## Goals: paired ratios per stack',
      '## Throughput (req/s, medians)',
      '## Memory: server heap allocated per request',
      '## Core micro-benchmarks (mitata, in-process)',
      '## Every cell',
    ]) {
      expect(`\n${report}`).toContain(`\n${heading}\n`);
    }
  });

  it('has a native and an httpwire row for each stack measured, and none for the others', () => {
    for (const stack of ['raw node:http', 'Fastify 5']) {
      expect(report).toContain(`| ${stack} | `);
      expect(report).toContain(`| ${stack} + httpwire | `);
    }
    expect(report).not.toContain('| Express 5 |');
  });

  it('has a row for every goal ratio and every micro-benchmark case', () => {
    expect(report).toContain('| httpwire throw 404 / native direct 404 | ≥ 0.90 |');
    expect(report).toContain('| httpwire 200 JSON / native 200 JSON | ≥ 0.97 |');
    expect(report).toContain('| httpwire unknown 500 / native unknown 500 | ≥ 1.00 |');
    for (const name of ['new NotFoundException() + toWire', 'http-errors createError(404)', 'boom Boom.notFound()']) {
      expect(report).toContain(`| ${name} |`);
    }
    expect(report).toContain('| Nest new NotFoundException() |');
  });

  it('got the expected status on every response', () => {
    const cells =
      report
        .split('## Every cell')[1]
        ?.split('\n')
        .filter((line) => /^\| (raw|Fastify)/.test(line)) ?? [];
    const cellsPerStack = VARIANT_ROUTES.native.length + VARIANT_ROUTES.httpwire.length;
    expect(cells).toHaveLength(2 * cellsPerStack);
    for (const line of cells) expect(line.trim().endsWith('| 0 |')).toBe(true);
  });
});
