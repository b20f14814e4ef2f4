import { fileURLToPath } from 'node:url';
import { defineStartContract } from '@httpwire/conformance';

defineStartContract('hono', fileURLToPath(new URL('..', import.meta.url)));
