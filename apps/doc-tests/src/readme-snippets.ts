import { type MarkdownBlock, markdownBlocks } from '@httpwire/conformance';
import type { Snippet } from './type-check.js';
import { fromRoot, markdownFiles } from './workspace.js';

const CODE = new Set(['ts', 'typescript', 'js', 'javascript']);

/** Every `ts` and `js` block of the Markdown files, as snippets. */
export function readmeSnippets(): Snippet[] {
  return markdownFiles()
    .flatMap((file) => markdownBlocks(file))
    .filter((block) => CODE.has(block.lang))
    .map((block) => ({
      origin: `${fromRoot(block.file)}:${block.line}`,
      path: pathOf(block),
      prelude: block.hidden,
      code: block.code,
    }));
}

/** A quick start's files share a folder and keep their names, so that they import each other as written. */
function pathOf(block: MarkdownBlock): string {
  const { quickstart, file } = block.attributes;
  if (quickstart !== undefined) return `quickstart-${quickstart}/${file ?? `line-${block.line}${extensionOf(block)}`}`;
  const folder = fromRoot(block.file).replace(/[^\w]+/g, '-');
  return `${folder}/${file ?? `line-${block.line}${extensionOf(block)}`}`;
}

function extensionOf(block: MarkdownBlock): string {
  if (block.lang.startsWith('t')) return block.attributes.module === 'commonjs' ? '.cts' : '.ts';
  return /\brequire\(/.test(block.code) ? '.cjs' : '.mjs';
}
