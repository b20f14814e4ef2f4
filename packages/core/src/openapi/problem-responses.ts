import { reasonPhrase } from '../status/reason-phrases.js';
import { type JsonSchemaObject, type ProblemSource, problemContent, statusOf } from './problem-schema.js';

/**
 * An OpenAPI Response Object, as httpwire writes one for problems.
 *
 * @example
 * ```ts
 * const response: OpenApiResponse = { description: 'Not Found', content: problemContent(NotFoundException) };
 * ```
 */
export interface OpenApiResponse {
  description: string;
  content?: Record<string, { schema?: JsonSchemaObject }>;
}

/**
 * The OpenAPI responses of the problems a route may answer with, keyed by status: each documents both media types
 * and the typed members of its problems (see `problemSchema`); sources of one status share a response whose schema
 * is any of theirs. Spread it into the `responses` of any generator's operation, or a Fastify route's
 * `schema.response`.
 *
 * @example
 * ```ts
 * fastify.get('/credit', { schema: { response: { 200: Balance, ...problemResponses(OutOfCredit, NotFoundException) } } }, handler);
 * ```
 */
export function problemResponses(...sources: ProblemSource[]): Record<string, OpenApiResponse> {
  const byStatus = new Map<number, ProblemSource[]>();
  for (const source of sources) {
    const status = statusOf(source);
    byStatus.set(status, [...(byStatus.get(status) ?? []), source]);
  }
  const responses: Record<string, OpenApiResponse> = {};
  for (const [status, [first, ...more]] of byStatus) {
    if (first === undefined) continue;
    const names = [first, ...more].flatMap(namedOf);
    responses[String(status)] = {
      description: names.length === 0 ? reasonPhrase(status) : `${reasonPhrase(status)} (${names.join(', ')})`,
      content: problemContent(first, ...more),
    };
  }
  return responses;
}

/** The class names of the sources that have one, for the description ("Conflict (DuplicateEntityException)"). */
function namedOf(source: ProblemSource): string[] {
  return typeof source === 'function' && source.name !== '' ? [source.name] : [];
}
