// `pnpm soak`: every stack under bounded load, one at a time. Options: --seconds N (default 60), --warmup N
// (default 20), --connections N (default 10), --stacks a,b (default all). Exits 1 when any requirement is missed.
import { parseArgs } from 'node:util';
import { recordFigures } from '../support/figures.js';
import { STACK_STARTERS } from '../support/stacks.js';
import { soakFigures, soakTable } from './print-soak.js';
import { runSoak, soakFailures } from './run-soak.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    warmup: { type: 'string', default: '20' },
    connections: { type: 'string', default: '10' },
    stacks: { type: 'string', default: Object.keys(STACK_STARTERS).join(',') },
  },
});
const plan = {
  stacks: values.stacks.split(','),
  seconds: Number(values.seconds),
  warmupSeconds: Number(values.warmup),
  connections: Number(values.connections),
};
const results = await runSoak(plan, (line) => console.log(line));
console.log(`\n${soakTable(results)}\n`);
recordFigures(
  'soak',
  results.map((result) => result.stack),
  soakFigures(results, plan.seconds, plan.warmupSeconds),
);
process.exit(results.some((result) => soakFailures(result).length > 0) ? 1 : 0);
