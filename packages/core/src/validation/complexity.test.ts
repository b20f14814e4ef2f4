import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issuesFromAjv } from './ajv-issues.js';
import { pointerKeys } from './json-pointer.js';
import { issuesFromStandardSchema } from './standard-schema-issues.js';
import { MAX_VALIDATION_ERRORS, ValidationException, type ValidationIssue } from './validation-exception.js';
import { workCount } from './work-count.js';

/** The steps `run` takes, counted by the paths that grow with a request. */
function stepsOf(run: () => unknown): number {
  workCount.steps = 0;
  run();
  return workCount.steps;
}

/** The growth of the work from n to 16n: near-linear is at most 20 (16 × a log factor). */
function growth(shape: (n: number) => () => unknown, n: number): number {
  const small = stepsOf(shape(n));
  const large = stepsOf(shape(16 * n));
  expect(small).toBeGreaterThan(0);
  return large / small;
}

/** Finding 1's shape: every item of an array of arrays under its minimum size, and one issue inside each. */
const sizedItems = (n: number) => () =>
  new ValidationException(
    Array.from({ length: n }, (_, index): ValidationIssue[] => [
      { path: [index], code: 'too_few' },
      { path: [index, 0], code: 'type' },
    ]).flat(),
  );

/** A body nested n levels deep, with a few issues at its bottom: the paths grow with n, their number does not. */
const deepIssues = (n: number) => () => {
  const path = Array.from({ length: n }, () => 0);
  return new ValidationException(
    Array.from({ length: 16 }, (_, index): ValidationIssue => ({ path: [...path, index], code: 'type' })),
  );
};

const ajvErrors = (n: number) => {
  const validator = new Ajv({ allErrors: true }).compile({
    type: 'array',
    items: { type: 'array', minItems: 1, items: { type: 'number' } },
  });
  validator(Array.from({ length: n }, () => []));
  return validator.errors ?? [];
};

describe('the work of reducing validation issues grows near-linearly with the request', () => {
  it('for finding 1’s shape: n arrays under their minimum size, 2,000 and 32,000', () => {
    expect(growth(sizedItems, 2_000)).toBeLessThanOrEqual(20);
  });

  it('for issues nested ever deeper (the work is linear in the length of the issues’ paths)', () => {
    expect(growth(deepIssues, 1_000)).toBeLessThanOrEqual(20);
  });

  it('for Ajv’s errors as Fastify reports them (allErrors)', () => {
    const shape = (n: number) => {
      const errors = ajvErrors(n);
      return () => new ValidationException(issuesFromAjv(errors, 'body'));
    };
    expect(growth(shape, 2_000)).toBeLessThanOrEqual(20);
  });

  it('for zod’s issues through issuesFromStandardSchema', () => {
    const schema = z.array(z.array(z.number()).min(1));
    const shape = (n: number) => {
      const input = Array.from({ length: n }, () => []);
      const result = schema.safeParse(input);
      const issues = result.error?.issues ?? [];
      return () => new ValidationException(issuesFromStandardSchema('zod', issues as never, input, 'body'));
    };
    expect(growth(shape, 2_000)).toBeLessThanOrEqual(20);
  });

  it('for pointers read back', () => {
    const shape = (n: number) => () => pointerKeys(`#${'/a%20b~1'.repeat(n)}`);
    expect(growth(shape, 1_000)).toBeLessThanOrEqual(20);
  });
});

describe('the errors of a validation problem are bounded', () => {
  it('lists the first MAX_VALIDATION_ERRORS in the documented order and counts the rest', () => {
    const exception = sizedItems(32_000)();
    expect(exception.errors).toHaveLength(MAX_VALIDATION_ERRORS);
    expect(exception.errors.slice(0, 3).map((error) => error.pointer)).toEqual(['#/0', '#/1', '#/2']);
    expect(exception.errors.at(-1)?.pointer).toBe(`#/${MAX_VALIDATION_ERRORS - 1}`);
    expect(exception.errorsOmitted).toBe(32_000 - MAX_VALIDATION_ERRORS);
    expect(new ValidationException([{ path: [], code: 'type' }]).errorsOmitted).toBe(0);
  });

  it('takes another bound, and refuses one that is not a count', () => {
    const exception = new ValidationException(
      [3, 1, 2].map((index) => ({ path: ['tags', index], code: 'type' as const })),
      { maxErrors: 2 },
    );
    expect([exception.errors.map((error) => error.pointer), exception.errorsOmitted]).toEqual([
      ['#/tags/1', '#/tags/2'],
      1,
    ]);
    expect(() => new ValidationException([], { maxErrors: -1 })).toThrow(TypeError);
    expect(() => new ValidationException([], { maxErrors: 1.5 })).toThrow(/non-negative integer/);
  });

  it('reads an unknown code as invalid, even one named like a prototype member', () => {
    const exception = new ValidationException([{ path: ['a'], code: '__proto__' as never }]);
    expect(exception.errors).toEqual([{ pointer: '#/a', code: 'invalid', detail: 'The value is invalid.' }]);
  });

  it('sorts array indices of any length as numbers', () => {
    const long = '1'.repeat(30);
    const exception = new ValidationException([long, '9', '10', 'x'].map((key) => ({ path: [key], code: 'type' })));
    expect(exception.errors.map((error) => error.pointer)).toEqual(['#/9', '#/10', `#/${long}`, '#/x']);
  });
});
