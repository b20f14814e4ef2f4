import { UnprocessableContentException } from '../exceptions/client-error-exceptions.js';
import type { HttpExceptionOptions } from '../exceptions/http-exception.js';
import { reduceIssues } from './reduce-issues.js';
import type { ValidationCode } from './validation-codes.js';

/**
 * Where the invalid value is: the request body (the default), a path parameter, the query string or a header.
 * The pointer is then into that input as a document: `{ in: 'query', pointer: '#/limit' }`.
 *
 * @example
 * ```ts
 * const where: ValidationLocation = 'query';
 * ```
 */
export type ValidationLocation = 'body' | 'path' | 'query' | 'header';

/**
 * One invalid value, as the problem's `errors` member lists it (RFC 9457 §3's own example).
 *
 * @example
 * ```ts
 * const error: ValidationError = { pointer: '#/name', code: 'too_short', detail: 'The text is too short.' };
 * ```
 */
export interface ValidationError {
  /** Where, when not the body. */
  in?: Exclude<ValidationLocation, 'body'>;
  /** An RFC 6901 JSON Pointer in URI-fragment form into the input; `#` is the whole input. */
  pointer: string;
  code: ValidationCode;
  /** httpwire's own words for `code`, or the validator's message with `validationDetail: 'validator'`. */
  detail: string;
}

/**
 * What a validator reported of one value, before httpwire reduces the list to one error per value.
 *
 * @example
 * ```ts
 * const issue: ValidationIssue = { path: ['tags', 0], code: 'type', message: 'Expected string' };
 * ```
 */
export interface ValidationIssue {
  /** The keys from the input's root to the value. */
  path: readonly PropertyKey[];
  code: ValidationCode;
  /** Where the input was; default `'body'`. */
  in?: ValidationLocation | undefined;
  /** The validator's own message: sent only with the `validationDetail: 'validator'` option. */
  message?: string | undefined;
}

/**
 * Options of {@link ValidationException}: an exception's options, without `details` (a validation problem
 * carries `errors`).
 *
 * @example
 * ```ts
 * new ValidationException(issues, { status: 400 });
 * ```
 */
export interface ValidationExceptionOptions extends Omit<HttpExceptionOptions, 'details'> {
  /** 422 (default) or 400. */
  status?: 400 | 422 | undefined;
  /** How many errors `errors` lists at most; default {@link MAX_VALIDATION_ERRORS}. */
  maxErrors?: number | undefined;
  /** Invalid values already left out before these issues (an upstream's `errorsOmitted`): added to the count. */
  errorsOmitted?: number | undefined;
}

/**
 * How many entries a validation problem's `errors` lists at most: the first 100 in the documented order. When a
 * request has more invalid values, the problem's `errorsOmitted` member says how many were left out. A request
 * can be made to fail on every item of a large array; the bound keeps the answer small.
 *
 * @example
 * ```ts
 * new ValidationException(issues, { maxErrors: MAX_VALIDATION_ERRORS });
 * ```
 */
export const MAX_VALIDATION_ERRORS = 100;

const VALIDATION_BRAND: unique symbol = Symbol.for('httpwire.ValidationException') as never;
const DEFAULT_DETAIL = 'One or more values in the request are invalid.';

/**
 * A request whose values failed validation: a `422 Unprocessable Content` problem with the code
 * `VALIDATION_FAILED` and an `errors` member, one entry per invalid value, the same bytes whichever validator
 * found them (RFC 9457 §3). httpwire reduces what the validator reported:
 * - one error per value, by the precedence of {@link ValidationCode} (missing, then wrong type, then the rest);
 * - an array over or under its size limit is reported as such, and nothing inside it (validators disagree on
 *   whether they check items then);
 * - sorted by location (body, path, query, header), then by pointer segment by segment, array indices as numbers;
 * - the first {@link MAX_VALIDATION_ERRORS} (or `maxErrors`) kept; `errorsOmitted` counts the rest, and the problem
 *   then carries it as its `errorsOmitted` member.
 *
 * The work is linear in the issues' paths (n log n for the sorting), however many issues a request causes.
 *
 * `validate()` throws it for Standard Schema validators; the bindings make one of Fastify's schema validation
 * and of Nest's `ValidationPipe`. The `validationStatus: 400` option of `toWire` sends it as a 400.
 *
 * @example
 * ```ts
 * throw new ValidationException([{ path: ['name'], code: 'required' }, { path: ['tags', 0], code: 'type' }]);
 * ```
 */
export class ValidationException extends UnprocessableContentException {
  /** The invalid values, reduced and sorted: the first `maxErrors`. */
  declare readonly errors: readonly ValidationError[];
  /** How many invalid values `errors` leaves out past its bound; 0 when it lists them all. */
  declare readonly errorsOmitted: number;
  declare readonly [VALIDATION_BRAND]: true;
  /** @internal The validator's own messages, in the order of `errors`. */
  declare readonly validatorMessages: readonly (string | undefined)[];

  constructor(issues: readonly ValidationIssue[], options?: ValidationExceptionOptions) {
    const { maxErrors, errorsOmitted, ...own } = options ?? {};
    super(DEFAULT_DETAIL, { ...own, status: own.status ?? 422, code: own.code ?? 'VALIDATION_FAILED' });
    const reduced = reduceIssues(issues, checkedMaxErrors(maxErrors));
    const errors = reduced.errors.map(({ message: _message, ...error }) => Object.freeze(error));
    Object.defineProperty(this, 'errors', { value: Object.freeze(errors) });
    Object.defineProperty(this, 'errorsOmitted', {
      value: Math.min(reduced.omitted + checkedCount(errorsOmitted ?? 0), Number.MAX_SAFE_INTEGER),
    });
    Object.defineProperty(this, 'validatorMessages', { value: Object.freeze(reduced.errors.map((e) => e.message)) });
  }

  static {
    Object.defineProperty(ValidationException.prototype, VALIDATION_BRAND, { value: true });
  }
}

/**
 * Whether `value` is a {@link ValidationException}, from this copy of the package or any other.
 *
 * @example
 * ```ts
 * if (isValidationException(error)) console.log(error.errors.length);
 * ```
 */
export function isValidationException(value: unknown): value is ValidationException {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { [VALIDATION_BRAND]?: unknown })[VALIDATION_BRAND] === true
  );
}

function checkedMaxErrors(maxErrors: unknown): number {
  return maxErrors === undefined ? MAX_VALIDATION_ERRORS : checkedCount(maxErrors, 'maxErrors');
}

function checkedCount(count: unknown, name = 'errorsOmitted'): number {
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) {
    throw new TypeError(`${name} must be a non-negative integer, got ${String(count)}`);
  }
  return count;
}
