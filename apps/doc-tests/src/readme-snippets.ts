import { type MarkdownBlock, markdownBlocks } from '@httpwire/conformance';
import type { Snippet } from './type-check.js';
import { fromRoot, markdownFiles } from './workspace.js';

const CODE = new Set(['ts', 'typescript', 'js', 'javascript']);

/**
 * Every `ts` and `js` block of the Markdown files, as snippets. A quick start's blocks share a folder and keep
 * their file names, so that they import each other as written; a block shared by several quick starts
 * (`quickstart=nestjs,nestjs-fastify`) is checked in each.
 */
export function readmeSnippets(): Snippet[] {
  return markdownFiles()
    .flatMap((file) => markdownBlocks(file))
    .filter((block) => CODE.has(block.lang))
    .flatMap((block) => {
      const origin = `${fromRoot(block.file)}:${block.line}`;
      const name = block.attributes.file ?? `line-${block.line}${extensionOf(block)}`;
      const quickStarts = block.attributes.quickstart?.split(',');
      if (quickStarts === undefined) {
        return [
          {
            origin,
            path: `${fromRoot(block.file).replace(/\W+/g, '-')}/${name}`,
            prelude: block.hidden,
            code: block.code,
          },
        ];
      }
      return quickStarts.map((quickStart, index) => ({
        origin: index === 0 ? origin : `${origin} (${quickStart})`,
        path: `quickstart-${quickStart}/${name}`,
        prelude: block.hidden,
        code: block.code,
      }));
    });
}

function extensionOf(block: MarkdownBlock): string {
  if (block.lang.startsWith('t')) return block.attributes.module === 'commonjs' ? '.cts' : '.ts';
  return /\brequire\(/.test(block.code) ? '.cjs' : '.mjs';
}
