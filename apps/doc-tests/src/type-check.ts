import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** A piece of documentation code to type-check, as a file of its own. */
export interface Snippet {
  /** Where a reader sees it: `packages/core/README.md:31`, the line of its first code line. */
  origin: string;
  /** Its path under the snippets folder: snippets of one quick start share a folder, and so import each other. */
  path: string;
  /** The hidden prelude: imports and declarations the reader does not see. */
  prelude: string;
  code: string;
}

const SNIPPETS = fileURLToPath(new URL('../.snippets/', import.meta.url));

/**
 * The options of a user's project: strict TypeScript on Node, ESM (a `.cts` or `.cjs` file is CommonJS),
 * decorators as Nest uses them, JavaScript checked too.
 */
const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  esModuleInterop: true,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  allowJs: true,
  checkJs: true,
  allowImportingTsExtensions: true,
  noEmit: true,
  skipLibCheck: true,
  types: ['node'],
};

/**
 * Writes the snippets under `.snippets/` (inside this package, so that they resolve the workspace's built
 * packages) and type-checks them as one program. Returns each snippet's errors, by origin, with the line a reader
 * sees; a snippet without errors has an empty list.
 */
export function typeCheck(snippets: readonly Snippet[]): Map<string, string[]> {
  rmSync(SNIPPETS, { recursive: true, force: true });
  const byFile = new Map<string, Snippet>();
  for (const snippet of snippets) {
    const file = join(SNIPPETS, snippet.path);
    if (byFile.has(file)) throw new Error(`${snippet.origin}: ${snippet.path} is also ${byFile.get(file)?.origin}`);
    byFile.set(file, snippet);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${snippet.prelude}\n${snippet.code}\n${isModuleCode(snippet.code) ? '' : 'export {};\n'}`);
  }
  const program = ts.createProgram([...byFile.keys()], OPTIONS);
  const errors = new Map(snippets.map((snippet) => [snippet.origin, [] as string[]]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file?.fileName;
    const snippet = file === undefined ? undefined : byFile.get(file);
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (snippet === undefined || diagnostic.file === undefined || diagnostic.start === undefined) {
      const where = file === undefined ? '' : `${relative(SNIPPETS, file)}: `;
      throw new Error(`outside any snippet: ${where}TS${diagnostic.code} ${message}`);
    }
    const line = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line;
    const preludeLines = snippet.prelude.split('\n').length;
    const where = line < preludeLines ? `hidden prelude line ${line + 1}` : `code line ${line - preludeLines + 1}`;
    errors.get(snippet.origin)?.push(`${where}: TS${diagnostic.code} ${message}`);
  }
  return errors;
}

/** Whether the code is already a module (imports or exports), or needs `export {}` to keep its names its own. */
function isModuleCode(code: string): boolean {
  return /^\s*(import|export)\s/m.test(code) || /\brequire\(/.test(code);
}
