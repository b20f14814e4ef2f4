import { defineConformanceSuite, processServer } from '@httpwire/conformance';
import { FETCH_EXAMPLE_DIRECTORY as appDirectory, RUNTIMES } from './runtimes.js';

for (const runtime of RUNTIMES) {
  defineConformanceSuite(`fetch on ${runtime.name}`, processServer(appDirectory, runtime.command), runtime.declared);
}
