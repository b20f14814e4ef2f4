import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';

/** Where the server and the load generator run: separate cores through `taskset`, when there are two and it exists. */
export interface CpuPlan {
  pinned: boolean;
  serverCpu: number | undefined;
  loadCpu: number | undefined;
  note: string;
}

function hasTaskset(): boolean {
  try {
    execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Pins this process (the load generator) to the last core and plans the server on core 0. */
export function pinLoadGenerator(): CpuPlan {
  const cores = cpus().length;
  if (cores < 2) return { pinned: false, serverCpu: undefined, loadCpu: undefined, note: 'one core: not pinned' };
  if (!hasTaskset()) return { pinned: false, serverCpu: undefined, loadCpu: undefined, note: 'no taskset: not pinned' };
  const loadCpu = cores - 1;
  execFileSync('taskset', ['-a', '-p', '-c', String(loadCpu), String(process.pid)], { stdio: 'ignore' });
  return { pinned: true, serverCpu: 0, loadCpu, note: `server on CPU 0, load generator on CPU ${loadCpu}` };
}
