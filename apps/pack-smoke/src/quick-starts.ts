import { fileURLToPath } from 'node:url';
import { type MarkdownBlock, markdownBlocks, type PublishedPackage } from '@httpwire/conformance';

/** A README quick start: what it installs, its files, the files to run, and the responses it shows. */
export interface QuickStart {
  name: string;
  /** The README it comes from. */
  readme: string;
  /** The packages of its `npm install` lines, with `@httpwire/*` given as their tarballs. */
  dependencies: Record<string, string>;
  /** Its files by name: the blocks marked with a `file`. */
  files: Record<string, string>;
  /** The files marked `run`: a `.ts` one is compiled with `tsc`, in an ESM and in a CommonJS project. */
  runs: string[];
  /** Its `http` blocks: the response each shows, and the hidden request that gets it. */
  exchanges: { request: string; response: string; line: number }[];
}

const README = (folder: string) => fileURLToPath(new URL(`../../../${folder}/README.md`, import.meta.url));

/** The quick starts of the published packages' READMEs, read from the blocks marked `quickstart=<name>`. */
export function quickStarts(tarballs: Record<PublishedPackage, string>, packages: readonly string[]): QuickStart[] {
  const byName = new Map<string, QuickStart>();
  for (const folder of packages.map((name) => `packages/${name}`)) {
    for (const block of markdownBlocks(README(folder))) {
      // A block shared by several quick starts names them all: `quickstart=nestjs,nestjs-fastify`.
      for (const name of block.attributes.quickstart?.split(',') ?? []) {
        const quickStart = byName.get(name) ?? {
          name,
          readme: folder,
          dependencies: {},
          files: {},
          runs: [],
          exchanges: [],
        };
        byName.set(name, quickStart);
        add(quickStart, block, tarballs);
      }
    }
  }
  return [...byName.values()];
}

function add(quickStart: QuickStart, block: MarkdownBlock, tarballs: Record<string, string>): void {
  const { file, run } = block.attributes;
  if (block.lang === 'sh') Object.assign(quickStart.dependencies, installed(block.code, tarballs));
  else if (block.lang === 'http') {
    quickStart.exchanges.push({ request: block.hidden, response: block.code, line: block.line });
  } else if (file !== undefined) {
    quickStart.files[file] = `${block.code}\n`;
    if (run !== undefined) quickStart.runs.push(file);
  }
}

/** The packages `npm install` lines name; an unpublished `@httpwire/*` package comes from its tarball. */
function installed(script: string, tarballs: Record<string, string>): Record<string, string> {
  const dependencies: Record<string, string> = {};
  for (const line of script.split('\n').filter((text) => text.startsWith('npm install '))) {
    for (const word of line
      .split(/\s+/)
      .slice(2)
      .filter((text) => !text.startsWith('-'))) {
      const at = word.lastIndexOf('@');
      const [name, range] = at > 0 ? [word.slice(0, at), word.slice(at + 1)] : [word, 'latest'];
      const tarball = name.startsWith('@httpwire/') ? tarballs[name.slice('@httpwire/'.length)] : undefined;
      dependencies[name] = tarball === undefined ? range : `file:${tarball}`;
    }
  }
  return dependencies;
}
