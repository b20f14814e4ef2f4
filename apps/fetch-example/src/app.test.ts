import { fileURLToPath } from 'node:url';
import { defineConformanceSuite, processServer } from '@httpwire/conformance';
import { RUNTIMES } from './runtimes.js';

const appDirectory = fileURLToPath(new URL('..', import.meta.url));

for (const runtime of RUNTIMES) {
  defineConformanceSuite(`fetch on ${runtime.name}`, processServer(appDirectory, runtime.command), runtime.declared);
}
