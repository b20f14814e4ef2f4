import { catalogue } from '@httpwire/conformance';
import { compareStacks } from './compare-stacks.js';
import { printTable } from './print-table.js';
import { STACKS } from './stacks.js';

const rows = await compareStacks(STACKS, catalogue());
console.log(printTable(STACKS, rows));
process.exitCode = rows.every((row) => row.differences.length === 0) ? 0 : 1;
