import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownBlocks } from './markdown-blocks.js';

const markdown = (text: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'markdown-')), 'README.md');
  writeFileSync(file, text);
  return markdownBlocks(file);
};

describe('markdownBlocks', () => {
  it('reads each fenced block with its language, line, and the hidden comment just before it', () => {
    const [first, second, third] = markdown(
      [
        '# Title',
        '<!-- doc-test quickstart=a,b file=server.ts run',
        'declare const app: unknown;',
        '-->',
        '',
        '```ts',
        'app;',
        '```',
        '<!-- doc-test request=GET -->',
        'Some words between.',
        '```http',
        'HTTP/1.1 200 OK',
        '```',
        '```',
        'plain',
        '```',
      ].join('\n'),
    );
    expect(first).toMatchObject({
      lang: 'ts',
      line: 7,
      code: 'app;',
      attributes: { quickstart: 'a,b', file: 'server.ts', run: 'true' },
      hidden: 'declare const app: unknown;',
    });
    expect(second).toMatchObject({ lang: 'http', line: 12, attributes: {}, hidden: '' });
    expect(third).toMatchObject({ lang: '', code: 'plain' });
  });

  it('refuses an unclosed block or comment', () => {
    expect(() => markdown('```ts\nconst a = 1;\n')).toThrow(/never closed/);
    expect(() => markdown('<!-- doc-test\nconst a = 1;\n')).toThrow(/never closed/);
  });
});
