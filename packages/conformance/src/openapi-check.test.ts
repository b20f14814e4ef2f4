import { describe, expect, it } from 'vitest';
import { documentErrors, undocumented } from './openapi-check.js';
import type { RawResponse } from './raw-http.js';

const problem = {
  type: 'object',
  required: ['status'],
  properties: { status: { type: 'integer', enum: [404] }, detail: { type: 'string', nullable: true } },
};
const document = {
  openapi: '3.0.3',
  info: { title: 'API', version: '1' },
  paths: {
    '/entities/{id}': {
      get: {
        responses: {
          200: { description: 'OK', content: { 'text/*': { schema: { type: 'string', maxLength: 3 } } } },
          404: { $ref: '#/components/responses/NotFound' },
        },
      },
    },
    '/entities/all': { get: { responses: { 204: { description: 'No Content' } } } },
  },
  components: {
    schemas: { Problem: problem },
    responses: {
      NotFound: {
        description: 'Not Found',
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      },
    },
  },
};

function response(status: number, contentType: string | undefined, body: string): RawResponse {
  const headers: [string, string][] = contentType === undefined ? [] : [['Content-Type', contentType]];
  return {
    statusLine: '',
    status,
    headers,
    body: Buffer.from(body),
    chunks: undefined,
    complete: true,
    closedByServer: false,
  };
}

const get = (path: string) => ({ method: 'GET', path });

describe('undocumented', () => {
  it('accepts a response whose status, media type and body the document describes, through $refs', () => {
    expect(
      undocumented(
        document,
        get('/entities/7'),
        response(404, 'application/problem+json', '{"status":404,"detail":null}'),
      ),
    ).toEqual([]);
    expect(undocumented(document, get('/entities/7?x=1'), response(200, 'text/plain; charset=utf-8', 'Ada'))).toEqual(
      [],
    );
    expect(undocumented(document, get('/entities/all'), response(204, undefined, ''))).toEqual([]);
  });

  it('names what the document does not describe', () => {
    expect(
      undocumented(document, get('/entities/7'), response(404, 'application/problem+json', '{"status":403}')),
    ).toEqual(['GET /entities/{id} 404 application/problem+json: status must be equal to one of the allowed values']);
    expect(undocumented(document, get('/entities/7'), response(404, 'application/json', '{"status":404}'))).toEqual([
      'GET /entities/{id} 404: application/json is not documented (application/problem+json)',
    ]);
    expect(undocumented(document, get('/entities/7'), response(200, 'text/plain', 'Grace'))).toHaveLength(1);
    expect(undocumented(document, get('/entities/all'), response(500, 'application/json', '{}'))).toEqual([
      'GET /entities/all: status 500 is not documented',
    ]);
    expect(undocumented(document, { method: 'POST', path: '/entities/7' }, response(200, 'text/plain', ''))).toEqual([
      'POST /entities/{id} is not documented',
    ]);
    expect(undocumented(document, get('/widgets'), response(200, 'text/plain', ''))).toEqual([
      'no path of the document matches /widgets',
    ]);
  });

  it('matches a literal path before a templated one', () => {
    expect(
      undocumented(document, get('/entities/all'), response(404, 'application/problem+json', '{"status":404}')),
    ).toEqual(['GET /entities/all: status 404 is not documented']);
  });
});

describe('documentErrors', () => {
  it('is empty for a valid document and lists what makes one invalid', async () => {
    expect(await documentErrors(document)).toEqual([]);
    expect(await documentErrors({ openapi: '3.0.3', paths: {} })).not.toEqual([]);
  });
});
