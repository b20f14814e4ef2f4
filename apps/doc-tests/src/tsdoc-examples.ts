import { join } from 'node:path';
import { exportedExamples, type PublishedPackage } from '@httpwire/conformance';
import { preludeFor } from './tsdoc-preludes.js';
import type { Snippet } from './type-check.js';
import { fromRoot, ROOT } from './workspace.js';

/** One `@example` of a published package's TSDoc. */
export interface TsdocExample {
  /** The package folder under `packages/`. */
  pack: PublishedPackage;
  /** `packages/core/src/…ts:12`, the line of the example's first code line. */
  origin: string;
  code: string;
}

/**
 * The `@example`s of everything a published package exports (and of the members of its exported classes and
 * interfaces), as editors and docs sites show them; and the names it exports, types included.
 */
export function tsdocExamples(pack: PublishedPackage): { examples: TsdocExample[]; exportNames: string[] } {
  const folder = join(ROOT, 'packages', pack, 'src');
  const { names, examples } = exportedExamples(join(folder, 'index.ts'), folder);
  return {
    examples: examples.map(({ file, line, code }) => ({ pack, origin: `${fromRoot(file)}:${line}`, code })),
    exportNames: names,
  };
}

/**
 * An example as a snippet: like Deno's doc tests, it sees what its package exports (and `@httpwire/core`'s
 * exports, which every binding's examples use) without importing it, and a hidden prelude declares what it takes
 * as given (see `tsdoc-preludes.ts`).
 */
export function exampleSnippet(example: TsdocExample, exportsOf: (pack: string) => readonly string[]): Snippet {
  const declarations = /\b(?:const|let|class|function|interface|type|enum)\s+([A-Za-z_$][\w$]*)/g;
  const importLines = /^import\s+([^'"]*)\sfrom\s/gm;
  const declared = new Set([
    ...[...example.code.matchAll(declarations)].map((match) => match[1] as string),
    ...[...example.code.matchAll(importLines)].flatMap((match) => match[1]?.match(/[A-Za-z_$][\w$]*/g) ?? []),
  ]);
  const prelude = preludeFor(example.pack, example.code, declared);
  const used = new Set(example.code.match(/[A-Za-z_$][\w$]*/g) ?? []);
  const imports: string[] = [];
  const taken = new Set([...declared, ...prelude.names]);
  for (const pack of example.pack === 'core' ? ['core'] : [example.pack, 'core']) {
    const names = exportsOf(pack).filter((name) => used.has(name) && !taken.has(name));
    for (const name of names) taken.add(name);
    if (names.length > 0) imports.push(`import { ${names.join(', ')} } from '@httpwire/${pack}';`);
  }
  const path = `tsdoc/${example.origin.replace(/\W+/g, '-')}.ts`;
  // An example that shows a handler's body (`return HttpResponse.json(…)`) runs inside one.
  const inHandler = /^(?:if \(.*\) )?return\b/m.test(example.code);
  return {
    origin: example.origin,
    path,
    prelude: [...imports, prelude.text, ...(inHandler ? ['export async function handler() {'] : [])].join('\n'),
    code: inHandler ? `${example.code}\n}` : example.code,
  };
}
