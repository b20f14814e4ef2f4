import { defineConformanceSuite } from '@httpwire/conformance';
import { HONO_NODE_SERVER_DECLARED, startHonoExample } from './app.js';

defineConformanceSuite(
  'hono',
  async () => {
    const reports: string[] = [];
    const running = await startHonoExample('127.0.0.1', 0, (line) => reports.push(line));
    return { port: running.port, reports, close: running.close };
  },
  HONO_NODE_SERVER_DECLARED,
);
