import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WIDGET_SCHEMAS } from '../../test/widget-schemas.js';
import { bodyText, problemOf } from '../../test/wire-helpers.js';
import { type ToWireOptions, toWire, ValidationException, validate } from '../index.js';
import { comparePointers, pointerOf } from './json-pointer.js';

/** The wire body of what `validate` throws for `input` with `schema`, or `'valid'`. */
async function problemBytes(schema: Parameters<typeof validate>[0], input: unknown, options?: ToWireOptions) {
  try {
    await validate(schema, input);
    return 'valid';
  } catch (error) {
    return String(bodyText(toWire(error, { method: 'POST', accept: 'application/problem+json' }, options)));
  }
}

describe('JSON Pointers', () => {
  it('escape ~ and / (RFC 6901) in URI-fragment form, and percent-encode what a fragment cannot hold', () => {
    expect(pointerOf([])).toBe('#');
    expect(pointerOf(['a/b~c'])).toBe('#/a~1b~0c');
    expect(pointerOf(['tags', 0])).toBe('#/tags/0');
    expect(pointerOf(['a b', 'é', '#', '%'])).toBe('#/a%20b/%C3%A9/%23/%25');
    expect(pointerOf(['😀', '\ud800'])).toBe('#/%F0%9F%98%80/%EF%BF%BD');
  });

  it('sort segment by segment, array indices as numbers, a value before what is inside it', () => {
    const sorted = ['#/tags/10', '#/b', '#/tags/2', '#/tags', '#', '#/a/z'].sort(comparePointers);
    expect(sorted).toEqual(['#', '#/a/z', '#/b', '#/tags', '#/tags/2', '#/tags/10']);
  });
});

describe('ValidationException', () => {
  it('keeps one error per value by precedence, drops the items of an array over its size limit, and sorts', () => {
    const exception = new ValidationException([
      { path: ['name'], code: 'too_short' },
      { path: ['name'], code: 'type' },
      { path: ['tags', 10], code: 'type' },
      { path: ['tags'], code: 'too_many' },
      { path: ['limit'], code: 'too_large', in: 'query' },
      { path: ['dimensions', 'width'], code: 'required' },
      { path: ['dimensions', 'width'], code: 'invalid' },
    ]);
    expect(exception.errors).toEqual([
      { pointer: '#/dimensions/width', code: 'required', detail: 'A value is required.' },
      { pointer: '#/name', code: 'type', detail: 'The value has the wrong type.' },
      { pointer: '#/tags', code: 'too_many', detail: 'The list has too many items.' },
      { in: 'query', pointer: '#/limit', code: 'too_large', detail: 'The number is too large.' },
    ]);
  });

  it('is a 422 problem with errors after code, as RFC 9457 §3 shows; 400 on request; the validator’s words on request', () => {
    const exception = new ValidationException([{ path: ['tags', 0], code: 'type', message: 'Expected string' }]);
    const body =
      '{"type":"about:blank","title":"Unprocessable Content","status":422,"detail":"One or more values in the request are invalid.","code":"VALIDATION_FAILED","errors":[{"pointer":"#/tags/0","code":"type","detail":"The value has the wrong type."}]}';
    expect(bodyText(toWire(exception))).toBe(body);
    const asBadRequest = toWire(exception, undefined, { validationStatus: 400 });
    expect([asBadRequest.status, asBadRequest.statusText]).toEqual([400, 'Bad Request']);
    expect(problemOf(asBadRequest)).toMatchObject({ title: 'Bad Request', status: 400, code: 'VALIDATION_FAILED' });
    const worded = problemOf(toWire(exception, undefined, { validationDetail: 'validator' }));
    expect(worded.errors).toEqual([{ pointer: '#/tags/0', code: 'type', detail: 'Expected string' }]);
  });
});

const CASES: [string, unknown][] = [
  ['everything missing', {}],
  ['several errors at once', { name: '', price: -3, tags: [1] }],
  ['nested errors', { name: 'a', price: 1, tags: [], dimensions: { width: -1 } }],
  ['an array item', { name: 'a', price: 1, tags: ['x', 2] }],
  ['the escaped key', { name: 'a', price: 1, tags: [], 'a/b~c': 'yes' }],
  ['a non-object body', [1, 2]],
  ['a string body', 'widget'],
  ['null', null],
  ['name at its limit', { name: 'x'.repeat(40), price: 1, tags: [] }],
  ['name past its limit', { name: 'x'.repeat(41), price: 1, tags: [] }],
  ['tags at their limit', { name: 'a', price: 1, tags: ['1', '2', '3', '4', '5'] }],
  ['tags past their limit', { name: 'a', price: 1, tags: ['1', '2', '3', '4', '5', '6'] }],
  ['price at zero', { name: 'a', price: 0, tags: [] }],
  ['an enum, a pattern and a format', { name: 'a', price: 1, tags: [], color: 'blue', code: 'abc', email: 'nope' }],
  ['wrong types everywhere', { name: 5, price: '1', tags: 'x', dimensions: 'x' }],
  ['a key named like a prototype member', { name: 'a', price: 1, tags: [], toString: 1 }],
];

describe('validate() with zod, valibot and arktype', () => {
  it.each(CASES)('sends the same bytes for %s', async (_, input) => {
    const bodies = await Promise.all(WIDGET_SCHEMAS.map(([, schema]) => problemBytes(schema, input)));
    expect(new Set(bodies).size, WIDGET_SCHEMAS.map(([name], i) => `${name}: ${bodies[i]}`).join('\n')).toBe(1);
  });

  it('maps the widget’s rules to httpwire’s codes', async () => {
    const body = await problemBytes(WIDGET_SCHEMAS[0][1], CASES[1]?.[1]);
    expect(JSON.parse(body).errors).toEqual([
      { pointer: '#/name', code: 'too_short', detail: 'The text is too short.' },
      { pointer: '#/price', code: 'too_small', detail: 'The number is too small.' },
      { pointer: '#/tags/0', code: 'type', detail: 'The value has the wrong type.' },
    ]);
    const codes = async (input: unknown) =>
      JSON.parse(await problemBytes(WIDGET_SCHEMAS[1][1], input)).errors.map((e: { code: string }) => e.code);
    expect(await codes(CASES[13]?.[1])).toEqual(['pattern', 'enum', 'format']);
    expect(await codes([1, 2])).toEqual(['type']);
    expect(await codes({})).toEqual(['required', 'required', 'required']);
  });

  it('sends the same bytes for generated widgets', async () => {
    // Characters of the Basic Multilingual Plane: for a string of astral characters (emoji) near a length limit,
    // the validators disagree on its length: zod counts code points, valibot and arktype UTF-16 code units.
    const text = fc.oneof(
      fc.string({ maxLength: 45 }),
      fc.string({ unit: fc.integer({ min: 0, max: 0xd7ff }).map((code) => String.fromCharCode(code)), maxLength: 42 }),
      fc.constantFrom('', 'x'.repeat(40), 'x'.repeat(41), 'ABC', 'é'.repeat(41)),
    );
    const number = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 1, -1));
    const anything = fc.oneof(text, number, fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 2 }));
    // An array over its limit gets valid items: valibot skips a pipe's checks on an array whose items failed,
    // so it cannot report the size then, where zod and arktype report only the size.
    const tags = fc.oneof(
      fc.array(fc.string({ maxLength: 3 }), { maxLength: 8 }),
      fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.integer()), { maxLength: 5 }),
      anything,
    );
    const widget = fc.record(
      {
        name: fc.oneof(text, anything),
        price: fc.oneof(number, anything),
        tags,
        dimensions: fc.oneof(fc.record({ width: number, height: number }, { requiredKeys: [] }), anything),
        'a/b~c': fc.oneof(fc.boolean(), anything),
        color: fc.oneof(fc.constantFrom('red', 'green', 'blue'), anything),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof({ weight: 9, arbitrary: widget }, { weight: 1, arbitrary: anything }),
        async (input) => {
          const bodies = await Promise.all(WIDGET_SCHEMAS.map(([, schema]) => problemBytes(schema, input)));
          expect(new Set(bodies).size, `${JSON.stringify(input)}\n${bodies.join('\n')}`).toBe(1);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe('a thrown validator error that no helper caught', () => {
  it.each(WIDGET_SCHEMAS)('is a reported 500 whose issues stay off the wire (%s)', async (_, schema) => {
    const result = await schema['~standard'].validate({ name: 'secret-row-value', price: -1, tags: [] });
    const thrown = Object.assign(new Error(`row invalid: ${JSON.stringify(result)}`), { issues: result.issues });
    const reported: unknown[] = [];
    const wire = toWire(thrown, undefined, { onError: (error) => reported.push(error) });
    expect([wire.status, bodyText(wire)?.includes('secret-row-value'), reported]).toEqual([500, false, [thrown]]);
  });
});
