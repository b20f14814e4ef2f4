import { type LoadResult, runLoad } from './load.js';
import { ROUTES, type RouteId } from './routes.js';
import { startServerProcess } from './server-process.js';
import { type Stack, VARIANT_ROUTES, VARIANTS, type Variant } from './stacks.js';
import { seededShuffle } from './stats.js';

export interface ThroughputOptions {
  stacks: readonly Stack[];
  rounds: number;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  serverCpu: number | undefined;
  seed: number;
  log: (line: string) => void;
}

/** One measurement: one route of one server, in one round. */
export interface ThroughputSample extends LoadResult {
  /** Server CPU time (user + system) per request during the measured run, in microseconds. */
  serverCpuMicrosPerRequest: number;
  round: number;
  stack: Stack;
  variant: Variant;
  route: RouteId;
}

/**
 * Interleaved rounds: in each round every server starts fresh in its own child, in a shuffled order, and
 * its routes are loaded in a shuffled order (warm-up, then the measured run). So an A/B pair is always
 * measured in the same round, close in time, and no order effect favours one side.
 */
export async function measureThroughput(options: ThroughputOptions): Promise<ThroughputSample[]> {
  const samples: ThroughputSample[] = [];
  const servers = options.stacks.flatMap((stack) => VARIANTS.map((variant) => ({ stack, variant })));
  for (let round = 1; round <= options.rounds; round++) {
    for (const { stack, variant } of seededShuffle(servers, options.seed + round)) {
      const server = await startServerProcess(stack, variant, { cpu: options.serverCpu });
      try {
        for (const route of seededShuffle(VARIANT_ROUTES[variant], options.seed * 31 + round)) {
          const { path, status } = ROUTES[route];
          const load = { port: server.port, path, connections: options.connections };
          await runLoad({ ...load, durationSeconds: options.warmupSeconds }, status);
          const before = await server.heapRead();
          const result = await runLoad({ ...load, durationSeconds: options.durationSeconds }, status);
          const after = await server.heapRead();
          const serverCpuMicrosPerRequest = (after.cpuMicros - before.cpuMicros) / Math.max(1, result.requests);
          samples.push({ round, stack, variant, route, ...result, serverCpuMicrosPerRequest });
          options.log(
            `round ${round}/${options.rounds} ${stack} ${variant} ${route}: ${Math.round(result.requestsPerSecond)} req/s` +
              (result.failures > 0 ? ` (${result.failures} failures)` : ''),
          );
        }
      } finally {
        await server.stop();
      }
    }
  }
  return samples;
}
