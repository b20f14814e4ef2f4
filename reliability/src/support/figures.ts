import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where each suite leaves the figures of its last run (ignored by git; `pnpm report` turns them into docs). */
export const FIGURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test-results', 'figures');

/** The figures one suite measured in its last run. */
export interface SuiteFigures {
  suite: string;
  /** When the run finished, ISO 8601. */
  finishedAt: string;
  stacks: readonly string[];
  figures: Readonly<Record<string, number | string>>;
}

/** Records a suite's figures, replacing those of its previous run. */
export function recordFigures(suite: string, stacks: readonly string[], figures: SuiteFigures['figures']): void {
  mkdirSync(FIGURES_DIR, { recursive: true });
  const entry: SuiteFigures = { suite, finishedAt: new Date().toISOString(), stacks, figures };
  writeFileSync(join(FIGURES_DIR, `${suite}.json`), `${JSON.stringify(entry, null, 2)}\n`);
}

/** Every suite's last figures. */
export function readFigures(): SuiteFigures[] {
  let names: string[];
  try {
    names = readdirSync(FIGURES_DIR).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  return names.map((name) => JSON.parse(readFileSync(join(FIGURES_DIR, name), 'utf8')) as SuiteFigures);
}
