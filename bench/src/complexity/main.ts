// `pnpm bench:complexity`: every path whose work grows with a request, at n, 4n and 16n, against its growth goal.
// Writes docs/complexity.md; exits 1 if a path misses its goal.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { COMPLEXITY_CASES } from './complexity-cases.js';
import { findingOneRequest, startFindingOneServer } from './finding-one-e2e.js';
import { type GrowthResult, measureGrowth } from './growth.js';
import { renderComplexity } from './render-complexity.js';

const out = process.argv[2] ?? new URL('../../../docs/complexity.md', import.meta.url).pathname;
const log = (line: string) => process.stderr.write(`${line}\n`);
const results: GrowthResult[] = [];

for (const { name, n, prepare } of COMPLEXITY_CASES) {
  results.push(await measureGrowth(name, n, prepare));
  log(line(results.at(-1) as GrowthResult));
}
for (const stack of ['express', 'fastify'] as const) {
  const server = await startFindingOneServer(stack);
  try {
    const name = `${stack === 'express' ? 'Express + zod' : 'Fastify + Ajv'}: finding 1 end to end, a 96 KB body at 16n`;
    results.push(await measureGrowth(name, 2_000, findingOneRequest(server.port)));
    log(line(results.at(-1) as GrowthResult));
  } finally {
    server.stop();
  }
}

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, renderComplexity(results, new Date()));
log(`wrote ${out}`);
const missed = results.filter((result) => result.growth > result.goal);
if (missed.length > 0) log(`${missed.length} path(s) past their growth goal`);
process.exit(missed.length > 0 ? 1 : 0);

function line(result: GrowthResult): string {
  const verdict = result.growth <= result.goal ? 'ok' : 'PAST GOAL';
  return `${result.name}: ×${result.growth.toFixed(1)} from n=${result.n} to 16n (goal ×${result.goal.toFixed(1)}) ${verdict}`;
}
