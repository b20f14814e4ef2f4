import { exceptionClassFor } from '../exceptions/exception-registry.js';
import type { HttpException } from '../exceptions/http-exception.js';
import type { ProblemTypeDefinition } from '../problem-types/define-problem-type.js';
import { errorCodeFor, reasonPhrase } from '../status/reason-phrases.js';
import { isStatusInRange } from '../status/status-range.js';
import { VALIDATION_DETAILS } from '../validation/validation-codes.js';
import { MAX_VALIDATION_ERRORS } from '../validation/validation-exception.js';

/**
 * A JSON Schema object, in the subset OpenAPI 3.0 and 3.1 both take (`enum` rather than `const`).
 *
 * @example
 * ```ts
 * const schema: JsonSchemaObject = { type: 'object', properties: { status: { type: 'integer' } } };
 * ```
 */
export type JsonSchemaObject = { readonly [keyword: string]: unknown };

/**
 * What a problem schema describes: an exception class (a named one such as `NotFoundException`, `ValidationException`,
 * or one `defineProblemType` made), or a bare status.
 *
 * @example
 * ```ts
 * const sources: ProblemSource[] = [NotFoundException, OutOfCredit, 503];
 * ```
 */
export type ProblemSource = number | (abstract new (...args: never[]) => HttpException) | { readonly status: number };

const VALIDATION_BRAND = Symbol.for('httpwire.ValidationException');

/**
 * The JSON Schema of the problem httpwire sends for an exception class or a status: its members, their order's
 * names, which are always there (`type`, `title`, `status`, `code`), the status and, for a problem type, its `type`
 * URI, title, code and typed extension members; for `ValidationException`, the `errors` of a validation problem.
 * For any OpenAPI generator; the Nest and Fastify bindings use it in their documents.
 *
 * @example
 * ```ts
 * problemSchema(NotFoundException).properties.status; // { type: 'integer', enum: [404] }
 * ```
 */
export function problemSchema(
  source: ProblemSource,
): JsonSchemaObject & { properties: Record<string, JsonSchemaObject> } {
  const status = statusOf(source);
  const definition = definitionOf(source);
  const properties: Record<string, JsonSchemaObject> = {
    type: definition
      ? { type: 'string', format: 'uri-reference', enum: [definition.type] }
      : { type: 'string', format: 'uri-reference', example: 'about:blank' },
    title: definition
      ? { type: 'string', enum: [definition.title] }
      : { type: 'string', example: reasonPhrase(status) },
    status: { type: 'integer', enum: [status] },
    detail: { type: 'string' },
    instance: { type: 'string', format: 'uri-reference' },
    code: definition ? { type: 'string', enum: [definition.code] } : { type: 'string', example: errorCodeFor(status) },
  };
  const required = ['type', 'title', 'status', 'code'];
  if (isValidation(source)) {
    properties.code = { type: 'string', enum: ['VALIDATION_FAILED'] };
    properties.errors = VALIDATION_ERRORS;
    properties.errorsOmitted = ERRORS_OMITTED;
    required.push('errors');
  } else {
    properties.details = { description: 'Structured data the application attached to the exception: any JSON value.' };
  }
  for (const [name, schema] of Object.entries(definition?.extensions ?? {})) {
    properties[name] = schema as JsonSchemaObject;
    if (definition?.expose ?? status < 500) required.push(name);
  }
  return { title: schemaTitleOf(source, status, definition), type: 'object', required, properties };
}

/**
 * The schema's `title`: the name `addProblemResponses` files it under in `components.schemas`, from the problem
 * type's class, `ValidationException`, or the status (`NotFoundProblem`).
 */
function schemaTitleOf(source: ProblemSource, status: number, definition: ProblemTypeDefinition | undefined): string {
  if (isValidation(source)) return 'ValidationProblem';
  if (definition !== undefined) return `${(source as { name: string }).name.replace(/Exception$/, '')}Problem`;
  const named = exceptionClassFor(status)?.name.replace(/Exception$/, '');
  return `${named ?? `Status${status}`}Problem`;
}

/**
 * The two media types a problem is sent as (`application/problem+json`, or `application/json` when the client's
 * `Accept` prefers it), each with {@link problemSchema}: the `content` of an OpenAPI response. Several sources of
 * one status are any of their schemas.
 *
 * @example
 * ```ts
 * const responses = { 404: { description: 'Not Found', content: problemContent(NotFoundException) } };
 * ```
 */
export function problemContent(
  ...sources: [ProblemSource, ...ProblemSource[]]
): Record<string, { schema: JsonSchemaObject }> {
  const schemas = sources.map(problemSchema);
  const schema = schemas.length === 1 ? (schemas[0] as JsonSchemaObject) : { anyOf: schemas };
  return { 'application/problem+json': { schema }, 'application/json': { schema } };
}

const VALIDATION_ERRORS: JsonSchemaObject = {
  type: 'array',
  // No maxItems: an app may raise the bound with `maxErrors`.
  description: `One entry per invalid value, sorted by location and pointer: the first ${MAX_VALIDATION_ERRORS} by default.`,
  items: {
    type: 'object',
    required: ['pointer', 'code', 'detail'],
    properties: {
      in: { type: 'string', enum: ['path', 'query', 'header'], description: 'Where the value was, when not the body.' },
      pointer: { type: 'string', description: 'An RFC 6901 JSON Pointer, in URI-fragment form, into the input.' },
      code: { type: 'string', enum: Object.keys(VALIDATION_DETAILS) },
      detail: { type: 'string' },
    },
  },
};

const ERRORS_OMITTED: JsonSchemaObject = {
  type: 'integer',
  minimum: 1,
  description: 'How many invalid values `errors` leaves out past its bound; absent when it lists them all.',
};

/** The status a problem source answers with; a `TypeError` for anything but an error status. */
export function statusOf(source: ProblemSource): number {
  const status = typeof source === 'number' ? source : (source as { status?: unknown }).status;
  if (!isStatusInRange(status, 400, 599)) {
    throw new TypeError(`problemSchema needs an exception class or an error status, got ${String(status)}`);
  }
  return status;
}

function definitionOf(source: ProblemSource): ProblemTypeDefinition | undefined {
  return typeof source === 'number' ? undefined : (source as { definition?: ProblemTypeDefinition }).definition;
}

function isValidation(source: ProblemSource): boolean {
  return typeof source === 'function' && (source.prototype as Record<symbol, unknown>)?.[VALIDATION_BRAND] === true;
}
