import { fileURLToPath } from 'node:url';
import { defineStartContract } from '@httpwire/conformance';

for (const platform of ['express', 'fastify']) {
  defineStartContract(`nest on ${platform}`, fileURLToPath(new URL('..', import.meta.url)), {
    NEST_PLATFORM: platform,
  });
}
