import swagger from '@fastify/swagger';
import { documentErrors, rawRequest, undocumented } from '@httpwire/conformance';
import { defineProblemType, NotFoundException, problemResponses } from '@httpwire/core';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { httpwire, httpwireSwagger } from './index.js';

const OutOfCredit = defineProblemType({
  type: 'https://example.com/probs/out-of-credit',
  status: 403,
  title: 'You do not have enough credit.',
  code: 'OUT_OF_CREDIT',
  extensions: { balance: { type: 'integer' } },
} as const);

const WIDGET = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: { name: { type: 'string', minLength: 1 } },
} as const;

const apps: FastifyInstance[] = [];

afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

/** The app a user writes: @fastify/swagger with httpwire's transforms, problems listed in route schemas. */
async function documentedApp(): Promise<{ app: FastifyInstance; port: number }> {
  const app = Fastify({ ajv: { customOptions: { allErrors: true } } });
  apps.push(app);
  await app.register(swagger, { openapi: { info: { title: 'widgets', version: '1.0.0' } }, ...httpwireSwagger() });
  await app.register(httpwire);
  app.post('/widgets', { schema: { body: WIDGET, response: { 201: WIDGET } } }, async (request, reply) => {
    reply.code(201);
    return request.body;
  });
  app.get<{ Params: { id: string } }>(
    '/widgets/:id',
    { schema: { response: { 200: WIDGET, ...problemResponses(NotFoundException) } } },
    async (request) => {
      if (request.params.id !== '1') throw new NotFoundException(`No widget ${request.params.id}.`);
      return { name: 'one', secret: 'dropped by the serializer' };
    },
  );
  app.get('/credit', { schema: { response: problemResponses(OutOfCredit) } }, async () => {
    throw new OutOfCredit('Your current balance is 30, but that costs 50.', { extensions: { balance: 30 } });
  });
  app.post('/raw', { attachValidation: true, schema: { body: WIDGET } }, async () => 'raw');
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  return { app, port: typeof address === 'object' && address !== null ? address.port : 0 };
}

type Operation = { responses: Record<string, { description: string; content?: Record<string, unknown> }> };
const statusesOf = (operation: Operation | undefined) => Object.keys(operation?.responses ?? {}).sort();

describe('httpwireSwagger', () => {
  it('documents the problems each route answers, beside its success, in a valid OpenAPI document', async () => {
    const { port } = await documentedApp();
    const document = JSON.parse((await rawRequest(port, { method: 'GET', path: '/openapi.json' })).body.toString());
    const paths = document.paths as Record<string, Record<string, Operation>>;
    expect(await documentErrors(document)).toEqual([]);
    expect(statusesOf(paths['/widgets']?.post)).toEqual(['201', '400', '413', '415', '422', '500']);
    expect(statusesOf(paths['/widgets/{id}']?.get)).toEqual(['200', '400', '404', '500']);
    expect(statusesOf(paths['/credit']?.get)).toEqual(['200', '403', '500']);
    expect(paths['/credit']?.get?.responses['200']).toEqual({ description: 'Default Response' });
    expect(statusesOf(paths['/raw']?.post)).toEqual(['200', '400', '413', '415', '500']);
    expect(paths['/openapi.json']).toBeUndefined();
    expect(Object.keys(paths['/credit']?.get?.responses['403']?.content ?? {})).toEqual([
      'application/problem+json',
      'application/json',
    ]);
    expect(Object.keys(document.components.schemas).sort()).toEqual([
      'BadRequestProblem',
      'ContentTooLargeProblem',
      'InternalServerErrorProblem',
      'NotFoundProblem',
      'OutOfCreditProblem',
      'UnsupportedMediaTypeProblem',
      'ValidationProblem',
    ]);
  });

  it('leaves the wire as it was: every answer is the one the document describes', async () => {
    const { port } = await documentedApp();
    const document = JSON.parse((await rawRequest(port, { method: 'GET', path: '/openapi.json' })).body.toString());
    const requests = [
      { method: 'POST', path: '/widgets', body: '{"name":"w"}', status: 201 },
      { method: 'POST', path: '/widgets', body: '{"name":""}', status: 422 },
      { method: 'POST', path: '/widgets', body: '{"name":', status: 400 },
      { method: 'POST', path: '/widgets', body: 'name=w', type: 'application/x-www-form-urlencoded', status: 415 },
      { method: 'GET', path: '/widgets/1', status: 200 },
      { method: 'GET', path: '/widgets/2', status: 404 },
      { method: 'GET', path: '/widgets/2', accept: 'application/json', status: 404 },
      { method: 'GET', path: '/credit', status: 403 },
    ];
    for (const { method, path, body, type = 'application/json', accept, status } of requests) {
      const headers: Record<string, string> = accept === undefined ? {} : { accept };
      if (body !== undefined) headers['content-type'] = type;
      const response = await rawRequest(port, { method, path, headers, ...(body === undefined ? {} : { body }) });
      expect([method, path, response.status]).toEqual([method, path, status]);
      expect(undocumented(document, { method, path }, response)).toEqual([]);
    }
    const widget = await rawRequest(port, { method: 'GET', path: '/widgets/1' });
    expect(widget.body.toString()).toBe('{"name":"one"}');
    const credit = JSON.parse((await rawRequest(port, { method: 'GET', path: '/credit' })).body.toString());
    expect(credit).toMatchObject({ status: 403, code: 'OUT_OF_CREDIT', balance: 30 });
  });

  it('runs your own transforms first, validates by the route’s own schema, and leaves Swagger 2.0 documents alone', async () => {
    const calls: string[] = [];
    const { transform, transformObject } = httpwireSwagger({
      transform: ({ schema, url }) => {
        calls.push(url);
        return { schema: { ...schema, tags: ['mine'] }, url: `/v2${url}` };
      },
    });
    const route = { method: 'POST' as const, url: '/w', handler: () => 'w', schema: { body: WIDGET } };
    const result = transform({ schema: route.schema, url: route.url, route });
    expect(calls).toEqual(['/w']);
    expect(result.url).toBe('/v2/w');
    expect(result.schema).toMatchObject({ tags: ['mine'], body: WIDGET });
    expect(Object.keys(result.schema.response as object).sort()).toEqual(['200', '422']);
    expect(route.schema).toEqual({ body: WIDGET });
    const documentedOnly = httpwireSwagger({
      transform: ({ schema, url }) => ({ schema: { ...schema, body: WIDGET }, url }),
    });
    const handChecked = { method: 'POST' as const, url: '/h', handler: () => 'h' };
    const documented = documentedOnly.transform({ schema: undefined, url: '/h', route: handChecked });
    expect(documented.schema.body).toEqual(WIDGET);
    expect(Object.keys(documented.schema.response as object)).toEqual(['200']);
    const swaggerObject = { swagger: '2.0', paths: { '/w': { post: { responses: {} } } } };
    expect(transformObject({ swaggerObject })).toBe(swaggerObject);
  });
});
