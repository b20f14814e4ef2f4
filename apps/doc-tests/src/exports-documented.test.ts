import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PUBLISHED } from '@httpwire/conformance';
import { describe, expect, it } from 'vitest';
import { tsdocExamples } from './tsdoc-examples.js';
import { ROOT } from './workspace.js';

describe("every export is named in its package's README", () => {
  it.each(PUBLISHED)('@httpwire/%s', (pack) => {
    const readme = readFileSync(join(ROOT, 'packages', pack, 'README.md'), 'utf8');
    const { exportNames } = tsdocExamples(pack);
    const missing = exportNames.filter((name) => !new RegExp(`\\b${name.replace(/\$/g, '\\$')}\\b`).test(readme));
    expect(missing, `not in packages/${pack}/README.md: ${missing.join(', ')}`).toEqual([]);
  });
});
