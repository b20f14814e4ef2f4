import { fork } from 'node:child_process';
import type { SizedRun } from './growth.js';

/** A server of finding-one-server.ts in its own process, and the way to stop it. */
export async function startFindingOneServer(stack: 'express' | 'fastify'): Promise<{ port: number; stop(): void }> {
  const child = fork(new URL('./finding-one-server.js', import.meta.url), [stack], { stdio: 'ignore' as never });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message) => resolve(message as number));
    child.once('exit', (code) => reject(new Error(`the ${stack} server exited with ${code}`)));
  });
  return { port, stop: () => child.kill() };
}

/** POSTs finding 1's body of n empty arrays: the time of one request, through the server's whole stack. */
export function findingOneRequest(port: number): SizedRun {
  return (n) => {
    const body = JSON.stringify(Array.from({ length: n }, () => []));
    return async () => {
      const response = await fetch(`http://127.0.0.1:${port}/arrays`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
      });
      await response.arrayBuffer();
      if (response.status !== 422) throw new Error(`expected a 422, got ${response.status}`);
    };
  };
}
