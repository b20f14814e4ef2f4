import { readFileSync } from 'node:fs';

/** A fenced code block of a Markdown file, with the hidden `doc-test` comment that may precede it. */
export interface MarkdownBlock {
  /** The Markdown file. */
  file: string;
  /** The 1-based line of the block's first code line. */
  line: number;
  /** The fence's language: `ts`, `js`, `http`, `sh`, `json`… (empty when none). */
  lang: string;
  code: string;
  /** The `key=value` words of the preceding `<!-- doc-test … -->` comment (a bare word is `true`). */
  attributes: Readonly<Record<string, string>>;
  /** The lines of that comment after its first: a hidden prelude for code, the request for an `http` block. */
  hidden: string;
}

const FENCE = /^```(\S*)\s*$/;
const HIDDEN = /^<!-- doc-test\b(.*)$/;

/**
 * The fenced code blocks of a Markdown file, in order. A block may be preceded directly by a hidden comment,
 * invisible where the Markdown renders (GitHub, npm), that tells the doc tests how to run it:
 *
 * ````md
 * <!-- doc-test file=server.ts quickstart=express
 * declare const body: unknown;
 * -->
 * ```ts
 * ````
 *
 * @example
 * ```ts
 * const blocks = markdownBlocks('packages/core/README.md').filter((block) => block.lang === 'ts');
 * ```
 */
export function markdownBlocks(file: string): MarkdownBlock[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const blocks: MarkdownBlock[] = [];
  let comment: { attributes: Record<string, string>; hidden: string[] } | undefined;
  for (let index = 0; index < lines.length; index += 1) {
    const text = lines[index] as string;
    const opening = HIDDEN.exec(text);
    if (opening !== null) {
      const hidden: string[] = [];
      let rest = (opening[1] as string).trim();
      const closesHere = rest.endsWith('-->');
      if (closesHere) rest = rest.slice(0, -3).trim();
      else {
        for (index += 1; index < lines.length && (lines[index] as string).trim() !== '-->'; index += 1) {
          hidden.push(lines[index] as string);
        }
        if (index === lines.length) throw new Error(`${file}:${index}: a doc-test comment is never closed`);
      }
      comment = { attributes: attributesOf(rest), hidden };
      continue;
    }
    const fence = FENCE.exec(text);
    if (fence === null) {
      if (text.trim() !== '') comment = undefined;
      continue;
    }
    const start = index + 1;
    const code: string[] = [];
    for (index += 1; index < lines.length && (lines[index] as string).trimEnd() !== '```'; index += 1) {
      code.push(lines[index] as string);
    }
    if (index === lines.length) throw new Error(`${file}:${start}: a code block is never closed`);
    blocks.push({
      file,
      line: start + 1,
      lang: fence[1] as string,
      code: code.join('\n'),
      attributes: comment?.attributes ?? {},
      hidden: comment?.hidden.join('\n') ?? '',
    });
    comment = undefined;
  }
  return blocks;
}

function attributesOf(words: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const word of words.split(/\s+/).filter(Boolean)) {
    const equals = word.indexOf('=');
    if (equals === -1) attributes[word] = 'true';
    else attributes[word.slice(0, equals)] = word.slice(equals + 1);
  }
  return attributes;
}
