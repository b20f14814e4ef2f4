import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ALLOCATION_NODE_FLAGS } from '../server-protocol.js';
import { MICRO_CASES } from './micro-cases.js';
import type { MicroResult } from './micro-result.js';

const MICRO_MAIN = fileURLToPath(new URL('./micro-main.js', import.meta.url));

type MicroPart = Pick<MicroResult, 'name' | 'nsPerOperation' | 'bytesPerOperation'>[];

function runChild(nodeFlags: readonly string[], args: readonly string[], cpu: number | undefined): Promise<MicroPart> {
  const nodeArgs = [...nodeFlags, MICRO_MAIN, ...args];
  const [command, commandArgs] =
    cpu === undefined ? [process.execPath, nodeArgs] : ['taskset', ['-c', String(cpu), process.execPath, ...nodeArgs]];
  return new Promise((resolve, reject) => {
    execFile(command, commandArgs, { timeout: 300_000, maxBuffer: 1 << 20 }, (error, stdout) => {
      if (error) reject(error);
      else resolve(JSON.parse(stdout) as MicroPart);
    });
  });
}

/** Runs the micro-benchmarks in two children (timing, then allocation), on `cpu` when given. */
export async function runMicro(timeMs: number, cpu: number | undefined): Promise<MicroResult[]> {
  const time = await runChild(['--expose-gc'], ['--time-ms', String(timeMs), '--mode', 'time'], cpu);
  const bytes = await runChild(ALLOCATION_NODE_FLAGS, ['--time-ms', String(timeMs), '--mode', 'bytes'], cpu);
  return MICRO_CASES.map(({ group, name }) => ({
    group,
    name,
    nsPerOperation: time.find((each) => each.name === name)?.nsPerOperation ?? Number.NaN,
    bytesPerOperation: bytes.find((each) => each.name === name)?.bytesPerOperation ?? Number.NaN,
  }));
}
