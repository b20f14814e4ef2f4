import { type DeclaredDifferences, processServer, type RunningServer } from '@httpwire/conformance';
import { startExpressExample } from '@httpwire/express-example';
import { startFastifyExample } from '@httpwire/fastify-example';
import { FETCH_EXAMPLE_DIRECTORY, RUNTIMES } from '@httpwire/fetch-example/runtimes';
import { HONO_NODE_SERVER_DECLARED, startHonoExample } from '@httpwire/hono-example';
import { startNestExample } from '@httpwire/nestjs-example';

/** One stack of the comparison: its name, how to start its example app on loopback, and the bytes its runtime owns. */
export interface Stack {
  name: string;
  start(): Promise<RunningServer>;
  declared?: DeclaredDifferences;
}

type StartExample = (
  host: string,
  port: number,
  report: (line: string) => void,
) => Promise<{ port: number; close(): Promise<void> }>;

function inProcess(start: StartExample) {
  return async (): Promise<RunningServer> => {
    const reports: string[] = [];
    const running = await start('127.0.0.1', 0, (line) => reports.push(line));
    return { port: running.port, reports, close: running.close };
  };
}

/** Every stack the example apps cover. */
export const STACKS: readonly Stack[] = [
  { name: 'express', start: inProcess(startExpressExample) },
  { name: 'fastify', start: inProcess(startFastifyExample) },
  { name: 'nest-express', start: inProcess((host, port, report) => startNestExample('express', host, port, report)) },
  { name: 'nest-fastify', start: inProcess((host, port, report) => startNestExample('fastify', host, port, report)) },
  { name: 'hono', start: inProcess(startHonoExample), declared: HONO_NODE_SERVER_DECLARED },
  ...RUNTIMES.map((runtime) => ({
    name: `fetch-${runtime.name}`,
    start: processServer(FETCH_EXAMPLE_DIRECTORY, runtime.command),
    declared: runtime.declared,
  })),
];
