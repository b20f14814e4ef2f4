import { defineConformanceSuite } from '@httpwire/conformance';
import { startExpressExample } from './app.js';

defineConformanceSuite('express', async () => {
  const reports: string[] = [];
  const running = await startExpressExample('127.0.0.1', 0, (line) => reports.push(line));
  return { port: running.port, reports, close: running.close };
});
