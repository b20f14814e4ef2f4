import { defineStartContract } from '@httpwire/conformance';
import { FETCH_EXAMPLE_DIRECTORY as appDirectory, RUNTIMES } from './runtimes.js';

for (const runtime of RUNTIMES) defineStartContract(`fetch on ${runtime.name}`, appDirectory, {}, runtime.command);
