import { type OpenApiResponse, problemResponses } from './problem-responses.js';
import type { JsonSchemaObject } from './problem-schema.js';

/**
 * The part of an OpenAPI 3.0 or 3.1 document `addProblemResponses` reads: whatever generator wrote it.
 *
 * @example
 * ```ts
 * const generated = { openapi: '3.0.3', info: { title: 'API', version: '1' }, paths: {} };
 * const document: OpenApiDocument = generated; // any generator's document is one
 * ```
 */
export interface OpenApiDocument {
  paths?: object | undefined;
  components?: object | undefined;
}

/** A document's members, as `addProblemResponses` walks them. */
interface DocumentTree {
  paths?: Record<string, Record<string, unknown> | undefined>;
  components?: { schemas?: Record<string, unknown> } & Record<string, unknown>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** What httpwire answers on any route, whatever its handler does, by what the operation takes. */
const ANSWERED_ON_EVERY_ROUTE: Record<string, string> = {
  500: 'Internal Server Error: the handler failed; the problem carries no detail',
};
const ANSWERED_WITH_A_BODY: Record<string, string> = {
  400: 'Bad Request: the body is not valid JSON, or is empty',
  413: 'Content Too Large: the body is over the size limit',
  415: 'Unsupported Media Type: the body is not of a type the route reads',
};
const ANSWERED_WITH_PATH_PARAMETERS: Record<string, string> = {
  400: 'Bad Request: the path cannot be percent-decoded',
};

/**
 * Completes an OpenAPI document, from any generator, with the problems httpwire answers on every route: a `500`
 * everywhere, a `400`, `413` and `415` where an operation takes a request body, and a `400` where its path has
 * parameters. A status the document already describes is left as it is. Every problem schema in it (those of
 * `problemResponses`, `@ApiProblemResponses`, this function) is then filed once under `components.schemas`, by its
 * title (`NotFoundProblem`, `ValidationProblem`, `OutOfCreditProblem`), and referenced from each response. The
 * document given is not changed; the completed copy is returned.
 *
 * @example
 * ```ts
 * const document = addProblemResponses(SwaggerModule.createDocument(nestApp, config));
 * SwaggerModule.setup('docs', nestApp, document);
 * ```
 */
export function addProblemResponses<Document extends OpenApiDocument>(document: Document): Document {
  const completed = JSON.parse(JSON.stringify(document)) as Document & DocumentTree;
  for (const [path, item] of Object.entries(completed.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item?.[method] as Operation | undefined;
      if (typeof operation !== 'object' || operation === null) continue;
      operation.responses ??= {};
      const responses = operation.responses;
      addMissing(responses, ANSWERED_ON_EVERY_ROUTE);
      if (operation.requestBody !== undefined) addMissing(responses, ANSWERED_WITH_A_BODY);
      if (hasPathParameters(path, operation, item)) addMissing(responses, ANSWERED_WITH_PATH_PARAMETERS);
    }
  }
  fileProblemSchemas(completed);
  return completed;
}

interface Operation {
  responses?: Record<string, unknown>;
  requestBody?: unknown;
  parameters?: unknown[];
}

function addMissing(responses: Record<string, unknown>, descriptions: Record<string, string>): void {
  for (const [status, description] of Object.entries(descriptions)) {
    if (responses[status] !== undefined) continue;
    const response = problemResponses(Number(status))[status] as OpenApiResponse;
    responses[status] = { ...response, description };
  }
}

function hasPathParameters(path: string, operation: Operation, item: Record<string, unknown> | undefined): boolean {
  const parameters = [...(operation.parameters ?? []), ...((item?.parameters as unknown[] | undefined) ?? [])];
  return path.includes('{') || parameters.some((parameter) => (parameter as { in?: unknown })?.in === 'path');
}

/** Moves each problem schema to `components.schemas`, once per title, and references it where it was. */
function fileProblemSchemas(document: DocumentTree): void {
  const schemas: Record<string, unknown> = { ...document.components?.schemas };
  const refer = (schema: JsonSchemaObject): JsonSchemaObject => {
    const title = schema.title;
    if (typeof title !== 'string' || !title.endsWith('Problem') || schema.type !== 'object') return schema;
    const filed = schemas[title];
    if (filed !== undefined && JSON.stringify(filed) !== JSON.stringify(schema)) return schema;
    schemas[title] = schema;
    return { $ref: `#/components/schemas/${title}` };
  };
  for (const item of Object.values(document.paths ?? {})) {
    for (const method of METHODS) {
      const responses = (item?.[method] as Operation | undefined)?.responses ?? {};
      for (const response of Object.values(responses)) {
        for (const media of Object.values((response as OpenApiResponse).content ?? {})) {
          const schema = media.schema;
          if (schema === undefined) continue;
          media.schema = Array.isArray(schema.anyOf)
            ? { ...schema, anyOf: (schema.anyOf as JsonSchemaObject[]).map(refer) }
            : refer(schema);
        }
      }
    }
  }
  if (Object.keys(schemas).length > 0) document.components = { ...document.components, schemas };
}
