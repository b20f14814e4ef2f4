// A child process running one stack for the soak, so its memory and handles are its own.
// Started with `--expose-gc`; answers `stats` and `stop` over IPC.
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { STACK_STARTERS } from '../support/stacks.js';

/** What the soak reads of the server between phases. */
export interface ServerStats {
  rssBytes: number;
  heapUsedBytes: number;
  /** Active handles and requests by type, timers left out (they come and go with keep-alive). */
  handles: Record<string, number>;
  reports: number;
  /** Responses this process sent (or gave up on) with a 5xx status, counted on the server side. */
  errorResponses: number;
  /** Requests whose response has not closed yet. */
  inFlight: number;
}

const name = process.argv[2] ?? '';
const start = STACK_STARTERS[name];
if (start === undefined || process.send === undefined) throw new Error(`usage: fork soak-server.js <stack>`);
let reports = 0;
let errorResponses = 0;
let inFlight = 0;
// Every stack serves through node:http, so one subscription sees every response, whatever the framework.
subscribe('http.server.request.start', (message) => {
  const { response } = message as { request: IncomingMessage; response: ServerResponse };
  inFlight += 1;
  response.once('close', () => {
    inFlight -= 1;
    if (response.statusCode >= 500) errorResponses += 1;
  });
});
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
  return { rssBytes: memory.rss, heapUsedBytes: memory.heapUsed, handles, reports, errorResponses, inFlight };
}

process.on('message', async (message) => {
  if (message === 'stats') send({ stats: stats() });
  if (message === 'stop') {
    await running.close();
    process.exit(0);
  }
});
send({ port: running.port });
