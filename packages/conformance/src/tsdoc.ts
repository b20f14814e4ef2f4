import ts from 'typescript';

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
  return checker
    .getExportsOfModule(moduleSymbol)
    .filter((exported) => {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      return !(symbol.declarations ?? []).some((declaration) =>
        ts.getJSDocTags(declaration).some((tag) => tag.tagName.text === 'example' && isFencedCode(tag)),
      );
    })
    .map((exported) => exported.name);
}

/** A fenced code block and nothing else, opened and closed: what renders as code in editors and on docs sites. */
function isFencedCode(tag: ts.JSDocTag): boolean {
  const text = ts.getTextOfJSDocComment(tag.comment)?.trim() ?? '';
  return /^```(ts|typescript|js|javascript)?\n[\s\S]+\n```$/.test(text);
}
