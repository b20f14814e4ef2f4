import { Validator } from '@seriousme/openapi-schema-validator';
import responseValidatorModule from 'openapi-response-validator';
import type { RawResponse } from './raw-http.js';
import { responseHeader } from './raw-http.js';

type ResponseValidatorClass = typeof responseValidatorModule.default;
// A CommonJS module with `exports.default`: Node's ESM import gives the whole `exports`, a bundler's the class.
const OpenAPIResponseValidator: ResponseValidatorClass =
  (responseValidatorModule as { default?: ResponseValidatorClass }).default ??
  (responseValidatorModule as unknown as ResponseValidatorClass);

/** An OpenAPI 3.x document, as JSON. */
type Document = {
  paths?: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
};
type Responses = Record<string, { content?: Record<string, { schema?: unknown }>; $ref?: string }>;

/**
 * What is wrong with an OpenAPI document itself: the errors of validating it against the OpenAPI 3.0 or 3.1
 * specification's own schema, empty when it is valid.
 *
 * @example
 * ```ts
 * expect(await documentErrors(document)).toEqual([]);
 * ```
 */
export async function documentErrors(document: object): Promise<string[]> {
  const result = await new Validator().validate(document as Record<string, unknown>);
  if (result.valid) return [];
  return typeof result.errors === 'string'
    ? [result.errors]
    : (result.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}

/**
 * How a response departs from what an OpenAPI document says its operation answers: the operation is found by the
 * document's path templates and the method, then its status (or `4XX`, or `default`) must be documented, its
 * media type must be one of that response's, and a JSON or text body must validate against that media type's
 * schema (by an OpenAPI-aware validator, with the document's components). Empty when the document describes it.
 *
 * @example
 * ```ts
 * expect(undocumented(document, { method: 'GET', path: '/credit' }, response)).toEqual([]);
 * ```
 */
export function undocumented(
  document: object,
  request: { method: string; path: string },
  response: RawResponse,
): string[] {
  const { paths = {}, components } = document as Document;
  const template = templateOf(Object.keys(paths), request.path.split('?')[0] ?? '');
  if (template === undefined) return [`no path of the document matches ${request.path}`];
  const operation = paths[template]?.[request.method.toLowerCase()] as { responses?: Responses } | undefined;
  if (operation === undefined) return [`${request.method} ${template} is not documented`];
  const statusKey = [String(response.status), `${String(response.status)[0]}XX`, 'default'].find(
    (key) => operation.responses?.[key] !== undefined,
  );
  if (statusKey === undefined) return [`${request.method} ${template}: status ${response.status} is not documented`];
  const documented = resolved(operation.responses?.[statusKey], document as Document);
  const contentType = responseHeader(response, 'content-type');
  if (contentType === undefined || response.body.length === 0) return [];
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const content = documented?.content ?? {};
  const documentedType = [mediaType, `${mediaType.split('/')[0]}/*`, '*/*'].find((key) => key in content);
  if (documentedType === undefined) {
    return [
      `${request.method} ${template} ${response.status}: ${mediaType} is not documented (${Object.keys(content).join(', ') || 'no content'})`,
    ];
  }
  const schema = content[documentedType]?.schema;
  const body = bodyOf(mediaType, response.body);
  if (schema === undefined || body === undefined) return [];
  const validator = new OpenAPIResponseValidator({
    responses: { [statusKey]: { schema: schema as never } },
    components: components as never,
  });
  const errors = validator.validateResponse(statusKey, body)?.errors ?? [];
  return errors.map(
    (error: { path?: string; message: string }) =>
      `${request.method} ${template} ${response.status} ${mediaType}: ${error.path ?? ''} ${error.message}`,
  );
}

/**
 * The document's path that a request path matches: a literal path before a templated one (OpenAPI's rule), each
 * `{parameter}` one non-empty segment.
 */
function templateOf(templates: string[], path: string): string | undefined {
  const matches = templates.filter((template) => {
    const pattern = template
      .split(/\{[^}]+\}/)
      .map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]+');
    return new RegExp(`^${pattern}$`).test(path);
  });
  return matches.sort((a, b) => a.split('{').length - b.split('{').length)[0];
}

function resolved(response: Responses[string] | undefined, document: Document): Responses[string] | undefined {
  const reference = response?.$ref;
  if (reference === undefined) return response;
  const name = reference.replace('#/components/responses/', '');
  return document.components?.responses?.[name] as Responses[string] | undefined;
}

/** A JSON body parsed, a text body as text; `undefined` for a binary body, which no schema here describes. */
function bodyOf(mediaType: string, body: Buffer): unknown {
  if (/^application\/([\w.-]+\+)?json$/.test(mediaType)) {
    try {
      return JSON.parse(body.toString());
    } catch {
      return { notJson: body.toString() };
    }
  }
  if (mediaType.startsWith('text/')) return body.toString();
  return undefined;
}
