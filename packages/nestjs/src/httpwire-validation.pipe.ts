import { isValidationException, pointerKeys, ValidationException, type ValidationLocation } from '@httpwire/core';
import {
  type ArgumentMetadata,
  Injectable,
  Optional,
  ValidationPipe,
  type ValidationPipeOptions,
} from '@nestjs/common';
import { type ClassValidatorError, issuesFromClassValidator } from './class-validator-issues.js';

/**
 * A `ValidationPipe` `exceptionFactory` that answers class-validator's errors with httpwire's validation problem:
 * a 422 whose `errors` list each invalid value with an RFC 6901 pointer (nested objects and array items
 * included), a code from httpwire's vocabulary and httpwire's own words, the same bytes as zod through
 * `validate()` on Express and Ajv on Fastify. For an existing `ValidationPipe`, with `validationError.target`
 * set, so that httpwire can read the constraints of `@Length()` and `{ each: true }` (Nest leaves the target out
 * by default); `HttpWireValidationPipe` does both.
 *
 * @example
 * ```ts
 * app.useGlobalPipes(new ValidationPipe({ exceptionFactory: httpwireExceptionFactory, validationError: { target: true } }));
 * ```
 */
export function httpwireExceptionFactory(errors: ClassValidatorError[]): ValidationException {
  return new ValidationException(issuesFromClassValidator(errors));
}

/** Nest's argument types, as the locations of a validation problem. */
const LOCATIONS: Readonly<Record<string, ValidationLocation>> = { body: 'body', query: 'query', param: 'path' };

/**
 * Nest's `ValidationPipe` with httpwire's validation problem (see {@link httpwireExceptionFactory}), and two more
 * rules: a body that is not an object where a DTO is expected (an array, a string, `null`) is a `type` error at
 * `#`, a value nested too deeply for class-transformer to copy (thousands of levels, which overflows its stack) is
 * an `invalid` error at `#` rather than a 500, and a failing `@Query()` or `@Param()` names its location
 * (`"in": "query"`). It takes
 * `ValidationPipe`'s options; its `exceptionFactory` wins over one given there.
 *
 * @example
 * ```ts
 * app.useGlobalPipes(new HttpWireValidationPipe({ transform: true }));
 * ```
 */
@Injectable()
export class HttpWireValidationPipe extends ValidationPipe {
  constructor(@Optional() options?: ValidationPipeOptions) {
    super({
      ...options,
      // The target lets httpwire read a property's constraints: `@Length()`'s bounds, `{ each: true }`.
      validationError: { target: true, ...options?.validationError },
      exceptionFactory: httpwireExceptionFactory as (errors: unknown[]) => unknown,
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const location = LOCATIONS[metadata.type] ?? 'body';
    if (
      location === 'body' &&
      expectsObject(metadata) &&
      (typeof value !== 'object' || value === null || Array.isArray(value))
    ) {
      throw new ValidationException([{ path: [], code: 'type' }]);
    }
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (isStackOverflow(error)) throw tooDeep(location);
      if (location === 'body' || !isValidationException(error)) throw error;
      throw relocated(error, location);
    }
  }
}

/**
 * class-transformer copies a value recursively, and overflows the stack on one nested a few thousand levels deep:
 * the client's input, not a fault of the server's, so a validation problem rather than an unknown 500.
 */
function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

function tooDeep(location: ValidationLocation): ValidationException {
  const message = 'The value is nested too deeply to validate.';
  return new ValidationException([{ path: [], code: 'invalid', in: location, message }]);
}

/** Whether the argument is a DTO class (not a primitive, an array or a plain object). */
function expectsObject({ metatype }: ArgumentMetadata): boolean {
  return typeof metatype === 'function' && ![String, Boolean, Number, Array, Object].includes(metatype as never);
}

function relocated(exception: ValidationException, location: ValidationLocation): ValidationException {
  return new ValidationException(
    exception.errors.map((error, index) => ({
      path: pointerKeys(error.pointer),
      code: error.code,
      in: location,
      message: exception.validatorMessages[index],
    })),
    { errorsOmitted: exception.errorsOmitted },
  );
}
