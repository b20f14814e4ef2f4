import type { ValidationCode } from './validation-codes.js';
import type { ValidationIssue } from './validation-exception.js';
import { countWork } from './work-count.js';

/** A Standard Schema path, whose segments may be `{ key }` objects, as plain keys. */
export function issuePath(path: readonly (PropertyKey | { readonly key: PropertyKey })[]): PropertyKey[] {
  // `Array.from`, not `path.map`: arktype's path is an Array subclass whose constructor takes items, so the
  // `map` of an empty one, which constructs `new Path(0)`, is `[0]`.
  return Array.from(path, (segment) => (typeof segment === 'object' && segment !== null ? segment.key : segment));
}

const INDEX = /^(0|[1-9]\d*)$/;

/**
 * Where an issue really is, read off the input, so that validators agree:
 * - a value that is absent (its key is not in its object) is `required`, whatever the validator called it
 *   (zod says "invalid type", valibot "object");
 * - a named property of an array means an array was given where an object is expected: a `type` error of the
 *   array itself (zod says so; valibot and arktype report the object's properties as missing).
 */
export function locateIssue(
  path: readonly PropertyKey[],
  code: ValidationCode,
  input: unknown,
): Pick<ValidationIssue, 'path' | 'code'> {
  let container: unknown = input;
  for (let index = 0; index < path.length; index++) {
    countWork();
    const key = path[index] as PropertyKey;
    if (Array.isArray(container) && !(typeof key === 'number' || INDEX.test(String(key)))) {
      return { path: path.slice(0, index), code: 'type' };
    }
    if (typeof container !== 'object' || container === null) break;
    if (!Object.hasOwn(container, key)) {
      return index === path.length - 1 && (code === 'type' || code === 'invalid' || code === 'required')
        ? { path, code: 'required' }
        : { path, code };
    }
    container = (container as Record<PropertyKey, unknown>)[key];
  }
  return { path, code };
}
