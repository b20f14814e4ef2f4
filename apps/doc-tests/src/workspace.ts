import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Every Markdown file a user reads: the root README, each package's and app's README, and `docs/`. */
export function markdownFiles(): string[] {
  const inFolders = (folder: string, name?: string) =>
    readdirSync(join(ROOT, folder)).map((entry) => join(ROOT, folder, entry, ...(name === undefined ? [] : [name])));
  return [
    join(ROOT, 'README.md'),
    ...inFolders('packages', 'README.md'),
    ...inFolders('apps', 'README.md'),
    ...inFolders('docs').filter((file) => file.endsWith('.md')),
  ].filter((file) => existsSync(file));
}

/** A path as a reader names it: relative to the repository. */
export const fromRoot = (file: string) => relative(ROOT, file);
