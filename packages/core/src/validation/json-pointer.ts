import { countWork } from './work-count.js';

/**
 * An RFC 6901 JSON Pointer in URI-fragment form (RFC 6901 §6) for a path of keys: `['a/b~c', 0]` is
 * `#/a~1b~0c/0`; the whole value is `#`. Characters outside the fragment set are percent-encoded.
 *
 * @example
 * ```ts
 * pointerOf(['dimensions', 'width']); // '#/dimensions/width'
 * ```
 */
export function pointerOf(path: readonly PropertyKey[]): string {
  let pointer = '#';
  for (const key of path) pointer += `/${encodeSegment(segmentOf(key))}`;
  return pointer;
}

/**
 * The keys of a pointer in URI-fragment form, unescaped: the inverse of {@link pointerOf}, but for array indices,
 * which come back as strings. It never throws: a segment whose percent-encoding is malformed (`%E0%A4%A`) is kept
 * as written; a pointer in the plain RFC 6901 form (`/a/b`) is read without percent-decoding, as that form has
 * none; anything else is one key, as written.
 *
 * @example
 * ```ts
 * pointerKeys('#/a~1b~0c/0'); // ['a/b~c', '0']
 * ```
 */
export function pointerKeys(pointer: string): string[] {
  if (pointer === '#' || pointer === '') return [];
  const fragment = pointer.startsWith('#/');
  if (!fragment && !pointer.startsWith('/')) return [pointer];
  const segments = pointer.slice(fragment ? 2 : 1).split('/');
  countWork(segments.length);
  return segments.map((segment) =>
    (fragment ? decodedSegment(segment) : segment).replace(/~1/g, '/').replace(/~0/g, '~'),
  );
}

/** A key as the segment it becomes: a symbol by its description, a number as its digits, lone surrogates as U+FFFD. */
export function segmentOf(key: PropertyKey): string {
  return wellFormed(String(typeof key === 'symbol' ? key.description : key));
}

/** A segment (see {@link segmentOf}) escaped for a pointer in URI-fragment form. */
export function encodeSegment(segment: string): string {
  return segment
    .replace(/~/g, '~0')
    .replace(/\//g, '~1')
    .replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/?]/gu, (character) => encodeURIComponent(character));
}

/**
 * Orders pointers segment by segment; segments that are array indices compare as numbers (`#/tags/2` before
 * `#/tags/10`), and a pointer comes before the pointers inside it.
 */
export function comparePointers(a: string, b: string): number {
  const left = pointerKeys(a);
  const right = pointerKeys(b);
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const order = compareSegments(left[index] as string, right[index] as string);
    if (order !== 0) return order;
  }
  return left.length - right.length;
}

const INDEX = /^(0|[1-9]\d*)$/;

/** Orders two segments: array indices first, as numbers (of any length), then other keys by code unit. */
export function compareSegments(a: string, b: string): number {
  const aIndex = INDEX.test(a);
  const bIndex = INDEX.test(b);
  if (aIndex !== bIndex) return aIndex ? -1 : 1;
  if (aIndex && a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

function decodedSegment(segment: string): string {
  if (!segment.includes('%')) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A lone surrogate (JSON can carry one: `"\\ud800"`) as U+FFFD, which `encodeURIComponent` would throw on. */
function wellFormed(key: string): string {
  return key.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}
