import { join } from 'node:path';
import ts from 'typescript';
import { preludeFor } from './tsdoc-preludes.js';
import type { Snippet } from './type-check.js';
import { fromRoot, type PUBLISHED, ROOT } from './workspace.js';

/** One `@example` of a published package's TSDoc. */
export interface TsdocExample {
  /** The package folder under `packages/`. */
  pack: (typeof PUBLISHED)[number];
  /** `packages/core/src/…ts:12`, the line of the example's first code line. */
  origin: string;
  code: string;
}

const FENCED = /^```(?:ts|typescript)?\n([\s\S]*)\n```$/;

/**
 * The `@example`s of everything a published package exports (and of the members of its exported classes and
 * interfaces), read from its sources as editors and docs sites show them; and the names it exports, types
 * included.
 */
export function tsdocExamples(pack: (typeof PUBLISHED)[number]): { examples: TsdocExample[]; exportNames: string[] } {
  const entry = join(ROOT, 'packages', pack, 'src', 'index.ts');
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error(`${entry} is not a module`);
  const exported = checker.getExportsOfModule(moduleSymbol);
  const declarations = new Set<ts.Node>();
  for (const name of exported) {
    const symbol = name.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(name) : name;
    for (const declaration of symbol.declarations ?? []) {
      // Only this package's own declarations: a re-export from another package is checked there.
      if (!declaration.getSourceFile().fileName.startsWith(join(ROOT, 'packages', pack, 'src'))) continue;
      declarations.add(declaration);
      if (ts.isClassDeclaration(declaration) || ts.isInterfaceDeclaration(declaration)) {
        for (const member of declaration.members) declarations.add(member);
      }
    }
  }
  const examples = new Map<string, TsdocExample>();
  for (const declaration of declarations) {
    for (const tag of ts.getJSDocTags(declaration)) {
      if (tag.tagName.text !== 'example') continue;
      const text = ts.getTextOfJSDocComment(tag.comment)?.trim() ?? '';
      const code = FENCED.exec(text)?.[1];
      if (code === undefined) continue; // the public-API test of each package requires the fence
      const file = tag.getSourceFile();
      const line = file.getLineAndCharacterOfPosition(tag.getStart()).line + 3;
      const origin = `${fromRoot(file.fileName)}:${line}`;
      examples.set(origin, { pack, origin, code });
    }
  }
  return { examples: [...examples.values()], exportNames: exported.map((name) => name.name) };
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
