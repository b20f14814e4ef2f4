// `pnpm report`: writes docs/reliability.md from the figures each suite left in test-results/figures.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFigures } from '../support/figures.js';
import { reliabilityMarkdown } from './reliability-markdown.js';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'docs', 'reliability.md');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, reliabilityMarkdown(readFigures()));
console.log(`wrote ${target}`);
