import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A benchmark server listening on loopback. */
export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

export const HOST = '127.0.0.1';

/** Listens on a free loopback port. */
export function listenOnLoopback(server: Server): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, HOST, () => {
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

/** The port an already-listening server got. */
export function portOf(server: Server): number {
  return (server.address() as AddressInfo).port;
}

let reportedErrors = 0;

/**
 * httpwire's `onError` in every server: it counts, so reporting costs what a cheap reporter costs and
 * nothing is printed under load.
 */
export function countReportedError(): void {
  reportedErrors++;
}

export function reportedErrorCount(): number {
  return reportedErrors;
}
