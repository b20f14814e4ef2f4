import ts from 'typescript';

/** One TSDoc `@example` as it renders: the code of its fenced block, and where that code starts. */
export interface TsdocExample {
  file: string;
  /** The 1-based line of the example's first code line. */
  line: number;
  code: string;
}

/** An export of an entry point: its name, and the declarations behind it (aliases followed). */
interface Exported {
  name: string;
  declarations: readonly ts.Declaration[];
}

function exportsOf(entry: string): Exported[] {
  const program = ts.createProgram([entry], {
    strict: true,
    noEmit: true,
    experimentalDecorators: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error(`${entry} is not a module`);
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    return { name: exported.name, declarations: symbol.declarations ?? [] };
  });
}

/**
 * The code of an `@example` tag when it is a fenced code block and nothing else, opened and closed: what renders
 * as code in editors and on docs sites.
 */
function fencedCode(tag: ts.JSDocTag): string | undefined {
  if (tag.tagName.text !== 'example') return undefined;
  const text = ts.getTextOfJSDocComment(tag.comment)?.trim() ?? '';
  return /^```(?:ts|typescript|js|javascript)?\n([\s\S]+)\n```$/.exec(text)?.[1];
}

/**
 * The names a package entry point exports whose declaration has no TSDoc `@example` that renders: a fenced code
 * block, whole (a line such as `@Module({…})` inside the example must not end it as if it were a tag). The check
 * behind "every public API has TSDoc with an example", run by each published package's tests.
 *
 * @example
 * ```ts
 * expect(exportsWithoutExample(fileURLToPath(new URL('./index.ts', import.meta.url)))).toEqual([]);
 * ```
 */
export function exportsWithoutExample(entry: string): string[] {
  return exportsOf(entry)
    .filter(({ declarations }) =>
      declarations.every((declaration) => ts.getJSDocTags(declaration).every((tag) => fencedCode(tag) === undefined)),
    )
    .map(({ name }) => name);
}

/**
 * What an entry point exports, types included, and the fenced `@example`s of the exports declared under
 * `ownFolder` (a re-export from another package is that package's), and of the members of its exported classes
 * and interfaces: the examples a reader of the package sees.
 *
 * @example
 * ```ts
 * const { names, examples } = exportedExamples('packages/core/src/index.ts', 'packages/core/src');
 * ```
 */
export function exportedExamples(entry: string, ownFolder: string): { names: string[]; examples: TsdocExample[] } {
  const exported = exportsOf(entry);
  const declarations = new Set<ts.Node>();
  for (const declaration of exported.flatMap((each) => each.declarations)) {
    if (!declaration.getSourceFile().fileName.startsWith(ownFolder)) continue;
    declarations.add(declaration);
    if (ts.isClassDeclaration(declaration) || ts.isInterfaceDeclaration(declaration)) {
      for (const member of declaration.members) declarations.add(member);
    }
  }
  const examples = new Map<string, TsdocExample>();
  for (const tag of [...declarations].flatMap((declaration) => ts.getJSDocTags(declaration))) {
    const code = fencedCode(tag);
    if (code === undefined) continue;
    const file = tag.getSourceFile();
    // The code starts two lines below `@example`, after the opening fence.
    const line = file.getLineAndCharacterOfPosition(tag.getStart()).line + 3;
    examples.set(`${file.fileName}:${line}`, { file: file.fileName, line, code });
  }
  return { names: exported.map(({ name }) => name), examples: [...examples.values()] };
}
