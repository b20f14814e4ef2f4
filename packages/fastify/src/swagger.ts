import { addProblemResponses, problemResponses, ValidationException } from '@httpwire/core';
import type { FastifySchema, RouteOptions } from 'fastify';

/**
 * What `@fastify/swagger` passes to a `transform`: a route's schema (none when the route has none), URL and options.
 *
 * @example
 * ```ts
 * const input: SwaggerRouteInput = { schema: undefined, url: '/health', route: { method: 'GET', url: '/health', handler: () => 'ok' } };
 * ```
 */
export interface SwaggerRouteInput {
  schema: FastifySchema | undefined;
  url: string;
  route: RouteOptions;
}

/**
 * The document `@fastify/swagger` passes to a `transformObject`: `openapiObject` in `openapi` mode, `swaggerObject`
 * in Swagger 2.0 mode.
 *
 * @example
 * ```ts
 * const input: SwaggerDocumentInput = { openapiObject: { openapi: '3.1.0', paths: {} } };
 * ```
 */
export interface SwaggerDocumentInput {
  openapiObject?: object | undefined;
  swaggerObject?: object | undefined;
}

/**
 * Options of `httpwireSwagger`: transforms of your own, run before httpwire's.
 *
 * @example
 * ```ts
 * const options: HttpwireSwaggerOptions = { transform: ({ schema, url }) => ({ schema: schema ?? {}, url: url.replace(/^\/v1/, '') }) };
 * ```
 */
export interface HttpwireSwaggerOptions {
  /** Your route transform (`fastify-type-provider-zod`'s `jsonSchemaTransform`, say); httpwire completes its result. */
  transform?: ((input: SwaggerRouteInput) => { schema: FastifySchema; url: string }) | undefined;
  /** Your document transform; httpwire completes what it returns. */
  transformObject?: ((input: SwaggerDocumentInput) => object) | undefined;
}

/**
 * The `transform` and `transformObject` of `@fastify/swagger` that document what httpwire answers. The route
 * transform adds the 422 validation problem to every route whose own schema validates its input (`body`,
 * `querystring`, `params` or `headers`; not with `attachValidation`, nor for a body only a transform documents),
 * and keeps the route's success documented when its schema lists only problems. The document transform adds, in `openapi` mode, the problems any route can answer (see
 * core's `addProblemResponses`) and files every problem schema once under `components.schemas`. The route schemas
 * Fastify validates and serializes with are left as they are.
 *
 * @example
 * ```ts
 * await app.register(swagger, { openapi: { info: { title: 'API', version: '1.0.0' } }, ...httpwireSwagger() });
 * app.get('/credit', { schema: { response: { 200: Balance, ...problemResponses(OutOfCredit) } } }, handler);
 * app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
 * ```
 */
export function httpwireSwagger(options: HttpwireSwaggerOptions = {}): {
  transform: (input: SwaggerRouteInput) => { schema: FastifySchema; url: string };
  transformObject: (input: SwaggerDocumentInput) => object;
} {
  return {
    transform(input) {
      const { schema, url } = options.transform?.(input) ?? { schema: input.schema, url: input.url };
      return { schema: documentedSchema(schema, input.route), url };
    },
    transformObject(input) {
      const document = options.transformObject?.(input) ?? input.openapiObject ?? input.swaggerObject ?? {};
      // Swagger 2.0 has no `content`: its documents are left as they are.
      return input.openapiObject === undefined ? document : addProblemResponses(document);
    },
  };
}

const VALIDATED_PARTS = ['body', 'querystring', 'query', 'params', 'headers'] as const;

function documentedSchema(schema: FastifySchema | undefined, route: RouteOptions): FastifySchema {
  const response: Record<string, unknown> = { ...(schema?.response as Record<string, unknown> | undefined) };
  // Fastify validates with the route's own schema, whatever a transform documents.
  const validated = route.schema as Record<string, unknown> | undefined;
  const validates = route.attachValidation !== true && VALIDATED_PARTS.some((part) => validated?.[part] !== undefined);
  if (validates && response['422'] === undefined) Object.assign(response, problemResponses(ValidationException));
  // `@fastify/swagger` documents a route without response schemas as `200 Default Response`; one that lists only
  // problems would otherwise show no success at all.
  if (!Object.keys(response).some(isSuccessKey)) response['200'] = { description: 'Default Response', type: 'null' };
  return { ...schema, response };
}

function isSuccessKey(status: string): boolean {
  return status === 'default' || /^[123](\d\d|xx)$/i.test(status);
}
