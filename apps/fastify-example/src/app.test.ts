import { defineConformanceSuite } from '@httpwire/conformance';
import { startFastifyExample } from './app.js';

defineConformanceSuite('fastify', async () => {
  const reports: string[] = [];
  const running = await startFastifyExample('127.0.0.1', 0, (line) => reports.push(line));
  return { port: running.port, reports, close: running.close };
});
