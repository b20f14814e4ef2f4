import { describe, expect, it } from 'vitest';
import { readmeSnippets } from './readme-snippets.js';
import { typeCheck } from './type-check.js';

const snippets = readmeSnippets();
const errors = typeCheck(snippets);

describe('every ts and js block of the Markdown type-checks against the built packages', () => {
  it.each(snippets.map((snippet) => snippet.origin))('%s', (origin) => {
    expect(errors.get(origin), errors.get(origin)?.join('\n')).toEqual([]);
  });
});
