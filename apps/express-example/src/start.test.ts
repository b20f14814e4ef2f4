import { fileURLToPath } from 'node:url';
import { defineStartContract } from '@httpwire/conformance';

defineStartContract('express', fileURLToPath(new URL('..', import.meta.url)));
