// A server child: `node server-main.js <stack> <variant>`. It reports its port over IPC, answers heap
// probes (with --expose-gc) and exits when told to close or when the runner goes away.
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import type { RunnerMessage, ServerMessage } from './server-protocol.js';
import { startServer } from './servers/start-server.js';
import { isStack, isVariant } from './stacks.js';

function send(message: ServerMessage): void {
  process.send?.(message);
}

// Collections are observed late (entries arrive asynchronously), so they are counted by their start time.
let windowStart = Number.POSITIVE_INFINITY;
let collections = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (entry.startTime >= windowStart) collections++;
}).observe({ entryTypes: ['gc'] });

function heapMessage(): ServerMessage {
  const { user, system } = process.cpuUsage();
  return { type: 'heap', usedBytes: getHeapStatistics().used_heap_size, collections, cpuMicros: user + system };
}

const [stack = '', variant = ''] = process.argv.slice(2);
if (!isStack(stack) || !isVariant(variant)) {
  send({ type: 'failed', message: `unknown stack or variant: ${stack} ${variant}` });
  process.exit(2);
}

const server = await startServer(stack, variant);
process.on('disconnect', () => process.exit(0));
process.on('message', (message: RunnerMessage) => {
  if (message.type === 'close') {
    void server.close().finally(() => process.exit(0));
  } else if (message.type === 'heap-mark') {
    globalThis.gc?.();
    collections = 0;
    windowStart = performance.now();
    send(heapMessage());
  } else {
    send(heapMessage());
  }
});
send({ type: 'listening', port: server.port });
