import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RUNTIMES } from './runtimes.js';

/** The aspects the root README lets a runtime declare, and its table of what each runtime declares. */
const README = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

function listedAspects(): string[] {
  const section = README.slice(README.indexOf('These are the aspects a runtime may'));
  const list = section.slice(0, section.indexOf('\n\n(`plainValues`'));
  return [...list.matchAll(/^- `(\w+)`:/gm)].map((match) => match[1] as string);
}

function documentedDeclarations(): string[] {
  return [...README.matchAll(/^\| (Bun|Deno|workerd)[^|]*\| `(\w+)` \|/gm)].map(
    (match) => `${(match[1] as string).toLowerCase()} ${match[2]}`,
  );
}

describe('the declared differences of the fetch runtimes', () => {
  it('use only the aspects the README lists, and the README lists every declaration', () => {
    const declarations = RUNTIMES.flatMap((runtime) =>
      Object.entries(runtime.declared)
        .filter(([, reason]) => reason !== undefined)
        .map(([aspect]) => `${runtime.name} ${aspect}`),
    );
    expect(listedAspects()).toEqual([
      'reasonPhrase',
      'headerLayout',
      'chunking',
      'connectionHeader',
      'connectionReuse',
      'protocolAnswers',
    ]);
    for (const declaration of declarations) {
      expect(listedAspects(), declaration).toContain(declaration.split(' ')[1]);
    }
    expect(documentedDeclarations().sort()).toEqual(declarations.sort());
  });
});
