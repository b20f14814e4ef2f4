import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ALLOCATION_NODE_FLAGS } from '../server-protocol.js';
import type { MicroResult } from './micro-result.js';

const MICRO_MAIN = fileURLToPath(new URL('./micro-main.js', import.meta.url));

/** Runs the micro-benchmarks in a child (on `cpu` when given) and returns their results. */
export function runMicro(timeMs: number, cpu: number | undefined): Promise<MicroResult[]> {
  const nodeArgs = [...ALLOCATION_NODE_FLAGS, MICRO_MAIN, '--time-ms', String(timeMs)];
  const [command, args] =
    cpu === undefined ? [process.execPath, nodeArgs] : ['taskset', ['-c', String(cpu), process.execPath, ...nodeArgs]];
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: 300_000, maxBuffer: 1 << 20 }, (error, stdout) => {
      if (error) reject(error);
      else resolve(JSON.parse(stdout) as MicroResult[]);
    });
  });
}
