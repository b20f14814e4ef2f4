import { fileURLToPath } from 'node:url';
import { defineStartContract } from '@httpwire/conformance';
import { RUNTIMES } from './runtimes.js';

const appDirectory = fileURLToPath(new URL('..', import.meta.url));

for (const runtime of RUNTIMES) defineStartContract(`fetch on ${runtime.name}`, appDirectory, {}, runtime.command);
