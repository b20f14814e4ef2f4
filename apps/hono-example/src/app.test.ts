import { defineConformanceSuite } from '@httpwire/conformance';
import { startHonoExample } from './app.js';

// None of HONO_NODE_SERVER_DECLARED's differences shows on the catalogue (no problem there has a cookie, a plain
// value or a non-ASCII header): the suite fails for a declared difference it never observes, so it declares none.
// They are the reliability fuzzer's, whose generated responses show them.
defineConformanceSuite('hono', async () => {
  const reports: string[] = [];
  const running = await startHonoExample('127.0.0.1', 0, (line) => reports.push(line));
  return { port: running.port, reports, close: running.close };
});
