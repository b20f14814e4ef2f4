import type { ValidationCode } from './validation-codes.js';
import type { ValidationIssue, ValidationLocation } from './validation-exception.js';
import { countWork } from './work-count.js';

type Shape = Record<string, unknown>;

/** Ajv's keywords in httpwire's vocabulary; any other keyword is `invalid`. */
const AJV_KEYWORDS: Readonly<Record<string, ValidationCode>> = {
  required: 'required',
  dependentRequired: 'required',
  type: 'type',
  enum: 'enum',
  const: 'enum',
  format: 'format',
  pattern: 'pattern',
  minLength: 'too_short',
  maxLength: 'too_long',
  minimum: 'too_small',
  exclusiveMinimum: 'too_small',
  maximum: 'too_large',
  exclusiveMaximum: 'too_large',
  minItems: 'too_few',
  maxItems: 'too_many',
};

/** Fastify's `validationContext` for each part of a request it validates. */
const FASTIFY_CONTEXTS: Readonly<Record<string, ValidationLocation>> = {
  body: 'body',
  querystring: 'query',
  params: 'path',
  headers: 'header',
};

/**
 * Ajv's errors (what Fastify's schema validation reports as `error.validation`) as validation issues: the
 * `instancePath` (and a `required` keyword's `missingProperty`) as the path, the keyword mapped to httpwire's
 * vocabulary, Fastify's `validationContext` as the location.
 *
 * @example
 * ```ts
 * issuesFromAjv([{ instancePath: '/tags/0', keyword: 'type', params: { type: 'string' } }], 'body');
 * ```
 */
export function issuesFromAjv(errors: readonly unknown[], context?: unknown): ValidationIssue[] {
  const location = typeof context === 'string' ? (FASTIFY_CONTEXTS[context] ?? 'body') : 'body';
  return errors.map((item) => {
    const error = (typeof item === 'object' && item !== null ? item : {}) as Shape;
    const params = (typeof error.params === 'object' && error.params !== null ? error.params : {}) as Shape;
    const keyword = typeof error.keyword === 'string' ? error.keyword : '';
    const path = pathOf(typeof error.instancePath === 'string' ? error.instancePath : '');
    const missing = params.missingProperty ?? params.missingPattern;
    if ((keyword === 'required' || keyword === 'dependentRequired') && typeof missing === 'string') path.push(missing);
    return {
      path,
      code: AJV_KEYWORDS[keyword] ?? 'invalid',
      in: location,
      message: typeof error.message === 'string' ? error.message : undefined,
    };
  });
}

/** An Ajv `instancePath` (an RFC 6901 pointer, not in fragment form) as keys. */
function pathOf(instancePath: string): string[] {
  if (instancePath === '') return [];
  const segments = instancePath.slice(1).split('/');
  countWork(segments.length);
  return segments.map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}
