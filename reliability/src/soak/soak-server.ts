// A child process running one stack for the soak, so its memory and handles are its own.
// Started with `--expose-gc`; answers `stats` and `stop` over IPC.
import { STACK_STARTERS } from '../support/stacks.js';

/** What the soak reads of the server between phases. */
export interface ServerStats {
  rssBytes: number;
  heapUsedBytes: number;
  /** Active handles and requests by type, timers left out (they come and go with keep-alive). */
  handles: Record<string, number>;
  reports: number;
}

const name = process.argv[2] ?? '';
const start = STACK_STARTERS[name];
if (start === undefined || process.send === undefined) throw new Error(`usage: fork soak-server.js <stack>`);
let reports = 0;
const running = await start('127.0.0.1', 0, () => {
  reports += 1;
});
const send = process.send.bind(process);

function stats(): ServerStats {
  (globalThis as { gc?: () => void }).gc?.();
  const handles: Record<string, number> = {};
  for (const type of process.getActiveResourcesInfo()) {
    if (type === 'Timeout' || type === 'Immediate') continue;
    handles[type] = (handles[type] ?? 0) + 1;
  }
  const memory = process.memoryUsage();
  return { rssBytes: memory.rss, heapUsedBytes: memory.heapUsed, handles, reports };
}

process.on('message', async (message) => {
  if (message === 'stats') send({ stats: stats() });
  if (message === 'stop') {
    await running.close();
    process.exit(0);
  }
});
send({ port: running.port });
