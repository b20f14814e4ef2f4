import { fileURLToPath } from 'node:url';
import { exportsWithoutExample } from '@httpwire/conformance';
import { describe, expect, it } from 'vitest';

describe('the public API', () => {
  it('documents every export with TSDoc that has an @example', { timeout: 60_000 }, () => {
    expect(exportsWithoutExample(fileURLToPath(new URL('./index.ts', import.meta.url)))).toEqual([]);
  });
});
