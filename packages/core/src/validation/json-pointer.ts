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
  for (const key of path) pointer += `/${encodeSegment(String(typeof key === 'symbol' ? key.description : key))}`;
  return pointer;
}

/**
 * The keys of a pointer made by {@link pointerOf}, unescaped: its inverse, but for array indices, which come back
 * as strings.
 *
 * @example
 * ```ts
 * pointerKeys('#/a~1b~0c/0'); // ['a/b~c', '0']
 * ```
 */
export function pointerKeys(pointer: string): string[] {
  if (pointer === '#' || pointer === '') return [];
  return pointer
    .slice(pointer.startsWith('#') ? 2 : 1)
    .split('/')
    .map((segment) => decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~'));
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

/** Whether `inner` points inside the value `outer` points to. */
export function isInside(inner: string, outer: string): boolean {
  return outer === '#' ? inner !== '#' : inner.startsWith(`${outer}/`);
}

const INDEX = /^(0|[1-9]\d*)$/;

function compareSegments(a: string, b: string): number {
  const aIndex = INDEX.test(a);
  const bIndex = INDEX.test(b);
  if (aIndex && bIndex) return Number(a) - Number(b);
  if (aIndex !== bIndex) return aIndex ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function encodeSegment(key: string): string {
  return wellFormed(key)
    .replace(/~/g, '~0')
    .replace(/\//g, '~1')
    .replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/?]/gu, (character) => encodeURIComponent(character));
}

/** A lone surrogate (JSON can carry one: `"\\ud800"`) as U+FFFD, which `encodeURIComponent` would throw on. */
function wellFormed(key: string): string {
  return key.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}
