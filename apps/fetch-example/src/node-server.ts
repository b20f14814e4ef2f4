import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as domain from '@httpwire/example-domain';
import { httpwireServer } from '@httpwire/node';
import { serve } from 'srvx';
import { createFetchExample } from './app.js';

/** A running example app. */
export interface RunningExample {
  port: number;
  close(): Promise<void>;
}

/** Starts the fetch example on Node through srvx, on `host:port` (port 0 picks a free one), in this process. */
export async function startFetchExample(
  host: string,
  port: number,
  report: domain.ReportLine = domain.stderrReport,
): Promise<RunningExample> {
  const app = createFetchExample(report, { fuzz: domain.fuzzRoutesEnabled() });
  const server = serve({ fetch: app.fetch, hostname: host, port, silent: true });
  await server.ready();
  // What Node's parser rejects before a request reaches the handler (oversized headers, bytes that are not HTTP).
  httpwireServer(server.node?.server as Server, { onError: domain.errorReporter(report) });
  return {
    port: (server.node?.server?.address() as AddressInfo | undefined)?.port ?? port,
    close: () => server.close(true),
  };
}
