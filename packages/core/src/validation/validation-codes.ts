/**
 * httpwire's vocabulary for what is wrong with one value, the same whichever validator found it. In order of
 * precedence: when a validator reports several rules broken for one value, the first in this list is the one
 * sent (a missing value, then a wrong type, then the rest in this order).
 * - `required`: a required value is missing;
 * - `type`: the value has the wrong type (a string where a number is expected, an array where an object is);
 * - `enum`: the value is not one of the allowed values;
 * - `format`: a string is not in the expected format (an email address, a URL, a date);
 * - `pattern`: a string does not match the expected pattern;
 * - `too_short` / `too_long`: a string has too few or too many characters;
 * - `too_small` / `too_large`: a number is below or above its limit;
 * - `too_few` / `too_many`: an array has too few or too many items;
 * - `invalid`: any other rule (a custom check, a multiple, uniqueness).
 *
 * @example
 * ```ts
 * const code: ValidationCode = 'too_short';
 * ```
 */
export type ValidationCode =
  | 'required'
  | 'type'
  | 'enum'
  | 'format'
  | 'pattern'
  | 'too_short'
  | 'too_long'
  | 'too_small'
  | 'too_large'
  | 'too_few'
  | 'too_many'
  | 'invalid';

/** Each code's `detail`: httpwire's own words, so no validator's wording decides the bytes. */
export const VALIDATION_DETAILS: Readonly<Record<ValidationCode, string>> = {
  required: 'A value is required.',
  type: 'The value has the wrong type.',
  enum: 'The value is not one of the allowed values.',
  format: 'The value is not in the expected format.',
  pattern: 'The value does not match the expected pattern.',
  too_short: 'The text is too short.',
  too_long: 'The text is too long.',
  too_small: 'The number is too small.',
  too_large: 'The number is too large.',
  too_few: 'The list has too few items.',
  too_many: 'The list has too many items.',
  invalid: 'The value is invalid.',
};

const PRECEDENCE: readonly ValidationCode[] = Object.keys(VALIDATION_DETAILS) as ValidationCode[];

/**
 * `code` if it is one of httpwire's validation codes, else `'invalid'`: a code read from elsewhere (an upstream,
 * a JavaScript caller) never names a member of `Object.prototype`.
 */
export function knownValidationCode(code: unknown): ValidationCode {
  return typeof code === 'string' && Object.hasOwn(VALIDATION_DETAILS, code) ? (code as ValidationCode) : 'invalid';
}

/** The rank of a code in the precedence: lower wins. */
export function precedenceOf(code: ValidationCode): number {
  return PRECEDENCE.indexOf(code);
}

/** Whether a code limits the size of an array (its items are then not reported). */
export function isArraySizeCode(code: ValidationCode): boolean {
  return code === 'too_few' || code === 'too_many';
}
