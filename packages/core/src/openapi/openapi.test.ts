import { Ajv } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { problemOf } from '../../test/wire-helpers.js';
import {
  addProblemResponses,
  defineProblemType,
  exceptionClassFor,
  type JsonSchemaObject,
  NotFoundException,
  problemContent,
  problemResponses,
  problemSchema,
  toWire,
  ValidationException,
} from '../index.js';

const OutOfCredit = defineProblemType({
  type: 'https://example.com/probs/out-of-credit',
  status: 403,
  title: 'You do not have enough credit.',
  code: 'OUT_OF_CREDIT',
  extensions: { balance: { type: 'number' }, accounts: { type: 'array', items: { type: 'string' } } },
} as const);

// `uri-reference` is any string here: `type` is checked by the enums of problem types.
const ajv = new Ajv({ allErrors: true, formats: { 'uri-reference': true } });
ajv.addVocabulary(['example']);
const validates = (schema: JsonSchemaObject, value: unknown) => {
  const validate = ajv.compile(schema);
  return validate(value) ? [] : (validate.errors ?? []);
};

const NAMED = Array.from({ length: 200 }, (_, index) => 400 + index).flatMap((status) => {
  const Named = exceptionClassFor(status);
  return Named === undefined ? [] : [Named];
});

describe('problemSchema describes what toWire sends', () => {
  it('for every named class, exposed or not, with or without details, under both media types', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NAMED),
        fc.option(fc.string(), { nil: undefined }),
        fc.option(fc.jsonValue(), { nil: undefined }),
        fc.boolean(),
        fc.constantFrom('application/problem+json', 'application/json'),
        (Named, message, details, expose, accept) => {
          const wire = toWire(new Named(message, { details, expose }), { method: 'GET', accept });
          const content = problemContent(Named)[accept];
          expect(validates(content?.schema ?? {}, problemOf(wire))).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('for a problem type, with its typed extension members, and for a validation problem', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.array(fc.string()), (balance, accounts) => {
        const wire = toWire(new OutOfCredit('Not enough.', { instance: '/a/1', extensions: { balance, accounts } }));
        expect(validates(problemSchema(OutOfCredit), problemOf(wire))).toEqual([]);
      }),
      { numRuns: 100 },
    );
    const invalid = toWire(new ValidationException([{ path: ['tags', 0], code: 'type' }]));
    expect(validates(problemSchema(ValidationException), problemOf(invalid))).toEqual([]);
    expect(validates(problemSchema(OutOfCredit), problemOf(toWire(new NotFoundException())))).not.toEqual([]);
  });

  it('types the members: the status, a problem type’s URI, title and code, required extension members', () => {
    const schema = problemSchema(OutOfCredit);
    expect([schema.title, schema.required]).toEqual([
      'OutOfCreditProblem',
      ['type', 'title', 'status', 'code', 'balance', 'accounts'],
    ]);
    expect(schema.properties.type).toEqual({
      type: 'string',
      format: 'uri-reference',
      enum: [OutOfCredit.definition.type],
    });
    expect(schema.properties.accounts).toEqual({ type: 'array', items: { type: 'string' } });
    expect(problemSchema(NotFoundException).properties.status).toEqual({ type: 'integer', enum: [404] });
    expect(problemSchema(503).title).toBe('ServiceUnavailableProblem');
    expect(problemSchema(ValidationException).required).toContain('errors');
    expect(() => problemSchema(200)).toThrow(TypeError);
  });
});

describe('problemResponses', () => {
  it('keys responses by status, documents both media types, and joins the sources of one status', () => {
    const responses = problemResponses(NotFoundException, OutOfCredit, 404);
    expect(Object.keys(responses)).toEqual(['403', '404']);
    expect(responses['404']?.description).toBe('Not Found (NotFoundException)');
    expect(responses['403']?.description).toBe('Forbidden (OutOfCreditException)');
    expect(Object.keys(responses['404']?.content ?? {})).toEqual(['application/problem+json', 'application/json']);
    expect(responses['404']?.content?.['application/json']?.schema).toEqual({
      anyOf: [problemSchema(NotFoundException), problemSchema(404)],
    });
  });
});

describe('addProblemResponses', () => {
  const document = {
    openapi: '3.0.3',
    info: { title: 'API', version: '1' },
    paths: {
      '/entities/{id}': {
        get: { responses: { 200: { description: 'OK' }, ...problemResponses(NotFoundException) } },
      },
      '/widgets': {
        post: {
          requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
          responses: { 201: { description: 'Created' }, 400: { description: 'The app’s own 400' } },
        },
      },
      '/health': { get: { responses: { 200: { description: 'OK' } } } },
    },
    components: { schemas: { Widget: { type: 'object' } } },
  };

  it('adds what httpwire answers on every route, by what each operation takes, and keeps what is there', () => {
    const completed = addProblemResponses(document);
    const statuses = (path: keyof typeof document.paths, method: string) =>
      Object.keys((completed.paths[path] as Record<string, { responses: object }>)[method]?.responses ?? {});
    expect(statuses('/entities/{id}', 'get')).toEqual(['200', '400', '404', '500']);
    expect(statuses('/widgets', 'post')).toEqual(['201', '400', '413', '415', '500']);
    expect(statuses('/health', 'get')).toEqual(['200', '500']);
    expect(completed.paths['/widgets'].post.responses[400]).toEqual({ description: 'The app’s own 400' });
    expect(Object.keys(document.paths['/health'].get.responses)).toEqual(['200']);
  });

  it('files each problem schema once under components.schemas and refers to it', () => {
    const completed = addProblemResponses(document);
    const schemas = completed.components.schemas as Record<string, unknown>;
    expect(Object.keys(schemas).sort()).toEqual([
      'BadRequestProblem',
      'ContentTooLargeProblem',
      'InternalServerErrorProblem',
      'NotFoundProblem',
      'UnsupportedMediaTypeProblem',
      'Widget',
    ]);
    expect(schemas.NotFoundProblem).toEqual(problemSchema(404));
    const notFound = (
      completed.paths['/entities/{id}'].get.responses as unknown as Record<string, { content: object }>
    )['404'];
    expect(notFound?.content).toEqual({
      'application/problem+json': { schema: { $ref: '#/components/schemas/NotFoundProblem' } },
      'application/json': { schema: { $ref: '#/components/schemas/NotFoundProblem' } },
    });
  });
});
