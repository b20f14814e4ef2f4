import { exportsWithoutExample } from '@httpwire/conformance';
import { describe, expect, it } from 'vitest';

// The path comes from a URL, as in the client package, so that the sources need no `node:url`.
const entry = decodeURIComponent(new URL('./index.ts', import.meta.url).pathname);

describe('the public API', () => {
  it('documents every export with TSDoc that has an @example', { timeout: 60_000 }, () => {
    expect(exportsWithoutExample(entry)).toEqual([]);
  });
});
