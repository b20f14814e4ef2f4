import { defineOpenApiSuite } from '@httpwire/conformance';
// The built app (tsc emits the decorator metadata Nest reads; vitest's esbuild would not).
import { type NestPlatform, startNestExample } from '../dist/app.js';

for (const platform of ['express', 'fastify'] as NestPlatform[]) {
  defineOpenApiSuite(`nest on ${platform}`, async () => {
    const running = await startNestExample(platform, '127.0.0.1', 0, () => {});
    return { port: running.port, reports: [], close: running.close };
  });
}
