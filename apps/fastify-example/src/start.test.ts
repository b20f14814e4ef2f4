import { fileURLToPath } from 'node:url';
import { defineStartContract } from '@httpwire/conformance';

defineStartContract('fastify', fileURLToPath(new URL('..', import.meta.url)));
