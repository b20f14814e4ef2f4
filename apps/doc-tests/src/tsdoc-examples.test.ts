import { PUBLISHED } from '@httpwire/conformance';
import { describe, expect, it } from 'vitest';
import { exampleSnippet, tsdocExamples } from './tsdoc-examples.js';
import { typeCheck } from './type-check.js';

const read = new Map(PUBLISHED.map((pack) => [pack as string, tsdocExamples(pack)]));
const exportsByPackage = new Map([...read].map(([pack, { exportNames }]) => [pack, exportNames]));
const examples = [...read.values()].flatMap(({ examples }) => examples);
const errors = typeCheck(
  examples.map((example) => exampleSnippet(example, (pack) => exportsByPackage.get(pack) ?? [])),
);

describe('every TSDoc example of the published packages type-checks against the built packages', () => {
  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThan(150);
  });
  it.each(examples.map((example) => example.origin))('%s', (origin) => {
    expect(errors.get(origin), errors.get(origin)?.join('\n')).toEqual([]);
  });
});
