import { defineOpenApiSuite } from '@httpwire/conformance';
import { startFastifyExample } from './app.js';

defineOpenApiSuite('fastify', async () => {
  const running = await startFastifyExample('127.0.0.1', 0, () => {});
  return { port: running.port, reports: [], close: running.close };
});
