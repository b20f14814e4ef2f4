import { issuePath, locateIssue } from './locate-issue.js';
import type { StandardSchemaV1Issue } from './standard-schema.js';
import type { ValidationCode } from './validation-codes.js';
import type { ValidationIssue, ValidationLocation } from './validation-exception.js';
import { countWork } from './work-count.js';

type Shape = Record<string, unknown>;
type CodeOf = (issue: Shape, value: unknown) => ValidationCode;

/**
 * Maps a Standard Schema validator's issues to httpwire's vocabulary, by the members each vendor adds to its
 * issues: zod's `code`, valibot's `kind` and `type`, arktype's `code`. An issue nothing maps is `invalid`.
 * `input` is the validated value: it tells a missing value from a wrong one, and an array given where an object
 * is expected. `validate()` uses it; call it yourself for a validator's result you already have.
 *
 * @example
 * ```ts
 * const result = await Widget['~standard'].validate(body);
 * if (result.issues) throw new ValidationException(issuesFromStandardSchema('zod', result.issues, body, 'body'));
 * ```
 */
export function issuesFromStandardSchema(
  vendor: string,
  issues: readonly StandardSchemaV1Issue[],
  input: unknown,
  location: ValidationLocation | undefined,
): ValidationIssue[] {
  const codeOf = VENDORS[vendor] ?? codeByShape;
  return issues.map((issue) => {
    const path = issuePath(issue.path ?? []);
    const shape = issue as unknown as Shape;
    const located = locateIssue(path, codeOf(shape, valueAt(input, path)), input);
    return { ...located, in: location, message: issue.message };
  });
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    countWork();
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Strings, numbers and arrays share the size codes' words: `min_length` of an array is a too-short list. */
function sizeCode(value: unknown, small: boolean): ValidationCode {
  if (Array.isArray(value) || value instanceof Set || value instanceof Map) return small ? 'too_few' : 'too_many';
  if (typeof value === 'string') return small ? 'too_short' : 'too_long';
  return small ? 'too_small' : 'too_large';
}

const zod: CodeOf = (issue, value) => {
  switch (issue.code) {
    case 'invalid_type':
      return 'type';
    case 'too_small':
      return sizeCode(value, true);
    case 'too_big':
      return sizeCode(value, false);
    case 'invalid_value':
      return 'enum';
    case 'invalid_format':
      return issue.format === 'regex' ? 'pattern' : 'format';
    default:
      return 'invalid';
  }
};

const VALIBOT_FORMATS =
  /^(email|rfc_email|url|uuid|ulid|nanoid|cuid2|ip|ipv4|ipv6|mac|mac48|mac64|hexadecimal|hex_color|base64|bic|iban|imei|credit_card|emoji|digits|decimal|octal|iso_.*)$/;

const valibot: CodeOf = (issue, value) => {
  const type = String(issue.type);
  if (issue.kind === 'schema') return ['picklist', 'enum', 'literal'].includes(type) ? 'enum' : 'type';
  if (issue.kind !== 'validation') return 'invalid';
  if (
    ['min_length', 'non_empty', 'min_size', 'min_entries', 'min_words', 'min_graphemes', 'min_bytes'].includes(type)
  ) {
    return sizeCode(value, true);
  }
  if (['max_length', 'max_size', 'max_entries', 'max_words', 'max_graphemes', 'max_bytes'].includes(type)) {
    return sizeCode(value, false);
  }
  if (type === 'min_value' || type === 'gt_value') return 'too_small';
  if (type === 'max_value' || type === 'lt_value') return 'too_large';
  if (type === 'regex') return 'pattern';
  if (VALIBOT_FORMATS.test(type)) return 'format';
  return 'invalid';
};

const arktype: CodeOf = (issue, value) => {
  switch (issue.code) {
    case 'required':
      return 'required';
    case 'domain':
    case 'proto':
      return 'type';
    case 'minLength':
      return sizeCode(value, true);
    case 'maxLength':
      return sizeCode(value, false);
    case 'min':
    case 'after':
      return 'too_small';
    case 'max':
    case 'before':
      return 'too_large';
    case 'unit':
      return 'enum';
    case 'union':
      return unionCode(issue.errors);
    case 'pattern':
      // arktype checks named formats (`string.email`) with a pattern too; only a pattern of the schema's own is
      // described as "matched by …".
      return typeof issue.description === 'string' && issue.description.startsWith('matched by') ? 'pattern' : 'format';
    default:
      return 'invalid';
  }
};

/**
 * arktype reports a union's branches: a union of literals is an enum, except `true | false`, which is how arktype
 * spells `boolean`; any other union is a type the value does not have.
 */
function unionCode(branches: unknown): ValidationCode {
  if (!Array.isArray(branches) || !branches.every((branch) => (branch as Shape)?.code === 'unit')) return 'type';
  const literals = new Set(branches.map((branch) => String((branch as Shape).expected)));
  return literals.size === 2 && literals.has('true') && literals.has('false') ? 'type' : 'enum';
}

/** A validator httpwire does not know by name, read by the shapes above. */
const codeByShape: CodeOf = (issue, value) => {
  if (typeof issue.kind === 'string' && typeof issue.type === 'string') return valibot(issue, value);
  if (' arkKind' in issue) return arktype(issue, value);
  if (typeof issue.code === 'string') return zod(issue, value);
  return 'invalid';
};

const VENDORS: Readonly<Record<string, CodeOf>> = { zod, valibot, arktype };
