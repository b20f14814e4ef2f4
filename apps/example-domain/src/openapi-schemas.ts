/**
 * The JSON Schemas of the example routes' success bodies, shared by the Nest and Fastify apps' OpenAPI documents
 * (their problems come from httpwire: `problemResponses`, `@ApiProblemResponses`, `addProblemResponses`).
 */
export const SUCCESS_SCHEMAS = {
  entity: {
    type: 'object',
    required: ['id', 'name'],
    properties: { id: { type: 'string' }, name: { type: 'string' } },
  },
  ok: { type: 'object', required: ['ok'], properties: { ok: { type: 'boolean' } } },
  prediction: { type: 'object', required: ['prediction'], properties: { prediction: { type: 'number' } } },
  created: { type: 'object', required: ['created'], properties: { created: { type: 'string' } } },
  results: { type: 'object', required: ['data'], properties: { data: { type: 'array', items: { type: 'number' } } } },
  text: { type: 'string' },
} as const;

/** The bodies `GET /responses/:kind` answers with, by media type: one route, the response factories of core. */
export const RESPONSE_KINDS_CONTENT = {
  'text/plain': { schema: SUCCESS_SCHEMAS.text },
  'text/xml': { schema: SUCCESS_SCHEMAS.text },
  'application/json': { schema: { type: 'object' } },
  'image/png': { schema: { type: 'string', format: 'binary' } },
} as const;

/** The body `/predict` reads, for the request side of the documents. */
export const PREDICT_REQUEST_SCHEMA = {
  type: 'object',
  required: ['features'],
  properties: { features: { type: 'array', items: { type: 'number' } } },
} as const;
