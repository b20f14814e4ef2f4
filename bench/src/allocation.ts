import { runLoad } from './load.js';
import { ROUTES, type RouteId } from './routes.js';
import { startServerProcess } from './server-process.js';
import { ALLOCATION_NODE_FLAGS } from './server-protocol.js';
import type { Stack, Variant } from './stacks.js';

/** The cells whose per-request allocation is measured: the throw path, against the native direct write. */
export const ALLOCATION_CELLS: readonly { variant: Variant; route: RouteId }[] = [
  { variant: 'native', route: 'direct404' },
  { variant: 'native', route: 'throw404' },
  { variant: 'httpwire', route: 'throw404' },
];

export interface AllocationOptions {
  stacks: readonly Stack[];
  requests: number;
  serverCpu: number | undefined;
  log: (line: string) => void;
}

export interface AllocationSample {
  stack: Stack;
  variant: Variant;
  route: RouteId;
  /** Bytes of JS heap allocated per request in the server, or undefined when a collection ran in the window. */
  bytesPerRequest: number | undefined;
}

const CONNECTIONS = 4;

/**
 * Server-side heap allocated per request: the server runs with a young generation big enough that no
 * collection runs while `requests` requests are served, so the growth of its used heap is what those
 * requests allocated (request parsing and the response included; the route's own share is the difference
 * between two cells of one stack).
 */
export async function measureAllocation(options: AllocationOptions): Promise<AllocationSample[]> {
  const samples: AllocationSample[] = [];
  for (const stack of options.stacks) {
    for (const { variant, route } of ALLOCATION_CELLS) {
      const server = await startServerProcess(stack, variant, {
        cpu: options.serverCpu,
        nodeFlags: ALLOCATION_NODE_FLAGS,
      });
      try {
        const { path, status } = ROUTES[route];
        const load = { port: server.port, path, connections: CONNECTIONS, durationSeconds: 0 };
        await runLoad({ ...load, amount: options.requests }, status);
        const before = await server.heapMark();
        await runLoad({ ...load, amount: options.requests }, status);
        const after = await server.heapRead();
        const bytesPerRequest =
          after.collections === 0 ? (after.usedBytes - before.usedBytes) / options.requests : undefined;
        samples.push({ stack, variant, route, bytesPerRequest });
        options.log(
          `allocation ${stack} ${variant} ${route}: ${bytesPerRequest === undefined ? 'a collection ran' : `${Math.round(bytesPerRequest)} B/request`}`,
        );
      } finally {
        await server.stop();
      }
    }
  }
  return samples;
}
