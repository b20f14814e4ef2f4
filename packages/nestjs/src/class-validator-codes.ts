import type { ValidationCode } from '@httpwire/core';

/** class-validator's constraints that check a value's type (and `nestedValidation`: not an object). */
const TYPE_CONSTRAINTS = new Set([
  'isString',
  'isNumber',
  'isInt',
  'isBoolean',
  'isArray',
  'isObject',
  'isDate',
  'isInstance',
  'nestedValidation',
]);

/** Constraints that check a string's format. */
const FORMAT_CONSTRAINTS = new Set([
  'isEmail',
  'isUrl',
  'isURL',
  'isUUID',
  'isISO8601',
  'isDateString',
  'isRFC3339',
  'isIP',
  'isFQDN',
  'isJSON',
  'isJWT',
  'isMongoId',
  'isPhoneNumber',
  'isMobilePhone',
  'isPostalCode',
  'isHexColor',
  'isRgbColor',
  'isHSL',
  'isBase32',
  'isBase64',
  'isCreditCard',
  'isCurrency',
  'isLatLong',
  'isLatitude',
  'isLongitude',
  'isMACAddress',
  'isISBN',
  'isISSN',
  'isIBAN',
  'isBIC',
  'isEAN',
  'isISIN',
  'isSemVer',
  'isTimeZone',
  'isMilitaryTime',
  'isHash',
  'isAlpha',
  'isAlphanumeric',
  'isAscii',
  'isNumberString',
  'isBooleanString',
  'isDecimal',
  'isLowercase',
  'isUppercase',
  'isHexadecimal',
  'isOctal',
  'isPort',
  'isLocale',
  'isMimeType',
  'isDataURI',
  'isMagnetURI',
]);

const SIMPLE: Readonly<Record<string, ValidationCode>> = {
  isDefined: 'required',
  isIn: 'enum',
  isEnum: 'enum',
  equals: 'enum',
  isNotIn: 'enum',
  matches: 'pattern',
  minLength: 'too_short',
  maxLength: 'too_long',
  min: 'too_small',
  isPositive: 'too_small',
  minDate: 'too_small',
  max: 'too_large',
  isNegative: 'too_large',
  maxDate: 'too_large',
  arrayMinSize: 'too_few',
  arrayNotEmpty: 'too_few',
  arrayMaxSize: 'too_many',
};

/**
 * A class-validator constraint in httpwire's vocabulary. `isLength` and `isNotEmpty` depend on the value: a string
 * under `isLength`'s minimum is too short, over its maximum too long; an empty string is too short.
 */
export function codeOfConstraint(
  name: string,
  value: unknown,
  constraints: readonly unknown[] | undefined,
): ValidationCode {
  if (value === undefined) return 'required';
  if (TYPE_CONSTRAINTS.has(name)) return 'type';
  if (FORMAT_CONSTRAINTS.has(name)) return 'format';
  const simple = SIMPLE[name];
  if (simple !== undefined) return simple;
  if (name === 'isNotEmpty') return value === '' ? 'too_short' : value === null ? 'type' : 'invalid';
  if (name === 'isLength' && typeof value === 'string') {
    const min = typeof constraints?.[0] === 'number' ? constraints[0] : 0;
    // class-validator (validator.js) counts a surrogate pair as one character.
    return [...value].length < min ? 'too_short' : 'too_long';
  }
  return 'invalid';
}
