import { catalogue } from '@httpwire/conformance';
import { compareStacks } from './compare-stacks.js';
import { printTable } from './print-table.js';
import { printSeedExamples } from './seed-examples.js';
import { STACKS } from './stacks.js';

console.log(await printSeedExamples(STACKS[0] as (typeof STACKS)[number]));
const rows = await compareStacks(STACKS, catalogue());
console.log(printTable(STACKS, rows));
process.exitCode = rows.every((row) => row.differences.length === 0) ? 0 : 1;
