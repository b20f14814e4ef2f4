import Boom from '@hapi/boom';
import { HTTPException } from 'hono/http-exception';
import createError from 'http-errors';
import { describe, expect, it } from 'vitest';
import { bodyText, header, problemOf } from '../../test/wire-helpers.js';
import { fromForeignError, NotFoundException, toWire } from '../index.js';

/** The shape of NestJS's HttpException (recognised by shape; core never imports Nest). */
class NestLikeException extends Error {
  constructor(
    private readonly response: string | Record<string, unknown>,
    private readonly status: number,
  ) {
    super(typeof response === 'string' ? response : 'Http Exception');
  }
  getStatus() {
    return this.status;
  }
  getResponse() {
    return this.response;
  }
}

/** The shape of a Fastify error (`FST_*` code and `statusCode`), as `@fastify/error` builds them. */
function fastifyError(code: string, statusCode: number, message: string, extra: object = {}): Error {
  return Object.assign(new Error(message), { code, statusCode, ...extra });
}

/** The shape of a body-parser error: an http-errors error with a `type`. */
function bodyParserError(type: string, status: number, message: string): Error {
  return createError(status, message, { type, body: '{"secret":"hunter2"' });
}

describe('foreign HTTP errors', () => {
  const expected404 = bodyText(toWire(new NotFoundException('No such user')));

  it.each([
    ['http-errors', createError(404, 'No such user')],
    ['boom', Boom.notFound('No such user')],
    ['Hono', new HTTPException(404, { message: 'No such user' })],
    ['Nest (string response)', new NestLikeException('No such user', 404)],
    [
      'Nest (object response)',
      new NestLikeException({ statusCode: 404, message: 'No such user', error: 'Not Found' }, 404),
    ],
  ])('sends a %s 404 exactly like a NotFoundException', (_, error) => {
    const wire = toWire(error);
    expect(wire.status).toBe(404);
    expect(bodyText(wire)).toBe(expected404);
  });

  it('keeps http-errors headers and expose, and hides its 5xx messages', () => {
    const wire = toWire(createError(429, 'Slow down', { headers: { 'Retry-After': '120' } }));
    expect(header(wire, 'retry-after')).toBe('120');
    expect(problemOf(wire).detail).toBe('Slow down');
    expect(bodyText(toWire(createError(503, 'db password is hunter2')))).not.toContain('hunter2');
    expect(problemOf(toWire(createError(400, 'internal', { expose: false }))).detail).toBeUndefined();
  });

  it('drops invalid foreign headers instead of failing', () => {
    const error = createError(401, 'Who?', { headers: { 'WWW-Authenticate': 'Bearer', 'X-Bad': 'a\r\nb' } });
    const wire = toWire(error);
    expect(wire.status).toBe(401);
    expect(header(wire, 'www-authenticate')).toBe('Bearer');
    expect(header(wire, 'x-bad')).toBeUndefined();
  });

  it('keeps boom headers and hides boom 5xx messages', () => {
    const wire = toWire(Boom.unauthorized('Log in', 'Bearer'));
    expect(wire.status).toBe(401);
    expect(header(wire, 'www-authenticate')).toBe('Bearer error="Log in"');
    expect(bodyText(toWire(Boom.badImplementation('hunter2')))).not.toContain('hunter2');
    expect(toWire(Boom.serverUnavailable()).status).toBe(503);
  });

  it('turns a Nest validation message array into details', () => {
    const error = new NestLikeException(
      { statusCode: 400, message: ['features must be an array', 'features should not be empty'], error: 'Bad Request' },
      400,
    );
    expect(problemOf(toWire(error))).toEqual({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'The request is invalid.',
      code: 'BAD_REQUEST',
      details: ['features must be an array', 'features should not be empty'],
    });
  });

  it.each([
    [
      'body-parser',
      bodyParserError('entity.parse.failed', 400, 'Expected double-quoted property name in JSON at position 1'),
    ],
    [
      'Fastify',
      fastifyError(
        'FST_ERR_CTP_INVALID_JSON_BODY',
        400,
        "Body is not valid JSON but content-type is set to 'application/json'",
      ),
    ],
  ])('sends invalid JSON from %s with httpwire’s own text and connection: close', (_, error) => {
    const wire = toWire(error);
    expect(wire.status).toBe(400);
    expect(problemOf(wire)).toMatchObject({ detail: 'The request body is not valid JSON.', code: 'INVALID_JSON' });
    expect(header(wire, 'connection')).toBe('close');
    expect(bodyText(wire)).not.toMatch(/double-quoted|hunter2|content-type is set/);
  });

  it('maps body-parser and Fastify rejections to the same wire', () => {
    const pairs: [Error, Error][] = [
      [
        bodyParserError('entity.too.large', 413, 'request entity too large'),
        fastifyError('FST_ERR_CTP_BODY_TOO_LARGE', 413, 'Request body is too large'),
      ],
      [
        bodyParserError('encoding.unsupported', 415, 'unsupported content encoding "br"'),
        bodyParserError('charset.unsupported', 415, 'unsupported charset "KOI8"'),
      ],
      [
        bodyParserError('request.size.invalid', 400, 'request size did not match content length'),
        fastifyError('FST_ERR_CTP_INVALID_CONTENT_LENGTH', 400, 'Request body size did not match Content-Length'),
      ],
      [
        Object.assign(new URIError("Failed to decode param '%E0%A4%A'"), { status: 400 }),
        fastifyError('FST_ERR_BAD_URL', 400, "'/entities/%E0%A4%A' is not a valid url component"),
      ],
    ];
    for (const [express, fastify] of pairs) {
      const expressWire = toWire(express);
      expect(expressWire.status).toBeGreaterThanOrEqual(400);
      expect(expressWire.status).toBeLessThan(500);
      expect(toWire(fastify).headers).toEqual(expressWire.headers);
      expect(bodyText(toWire(fastify))).toBe(bodyText(expressWire));
    }
  });

  it('answers multer’s limits as the client errors they are, where Express would send a 500', () => {
    const multerError = (code: string, message: string) =>
      Object.assign(new Error(message), { name: 'MulterError', code, field: 'avatar' });
    const tooLarge = toWire(multerError('LIMIT_FILE_SIZE', 'File too large'));
    expect([tooLarge.status, problemOf(tooLarge).code]).toEqual([413, 'FILE_TOO_LARGE']);
    const unexpected = toWire(multerError('LIMIT_UNEXPECTED_FILE', 'Unexpected file field'));
    expect([unexpected.status, problemOf(unexpected).code]).toEqual([400, 'INVALID_MULTIPART']);
    expect(toWire(Object.assign(new Error('x'), { name: 'MulterError' })).status).toBe(500);
  });

  it('sends an unsupported media type and an empty JSON body like the rejections they are', () => {
    const media = toWire(
      fastifyError('FST_ERR_CTP_INVALID_MEDIA_TYPE', 415, 'Unsupported Media Type: application/xml'),
    );
    expect(media.status).toBe(415);
    expect(header(media, 'connection')).toBe('close');
    const empty = toWire(
      fastifyError(
        'FST_ERR_CTP_EMPTY_JSON_BODY',
        400,
        "Body cannot be empty when content-type is set to 'application/json'",
      ),
    );
    expect(problemOf(empty).code).toBe('EMPTY_JSON');
  });

  it('turns Fastify schema validation into a 422 validation problem, whatever part of the request failed', () => {
    const error = fastifyError('FST_ERR_VALIDATION', 400, 'body/features must be array', {
      validation: [
        { instancePath: '/features', keyword: 'type', params: { type: 'array' }, message: 'must be array' },
        {
          instancePath: '',
          keyword: 'required',
          params: { missingProperty: 'a/b' },
          message: "must have required property 'a/b'",
        },
        { instancePath: '/features/10', keyword: 'type', params: {}, message: 'must be number' },
        { instancePath: '/features/2', keyword: 'minimum', params: { limit: 0 }, message: 'must be >= 0' },
      ],
      validationContext: 'body',
    });
    const wire = toWire(error);
    expect(wire.status).toBe(422);
    expect(problemOf(wire)).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(problemOf(wire).errors).toEqual([
      { pointer: '#/a~1b', code: 'required', detail: 'A value is required.' },
      { pointer: '#/features', code: 'type', detail: 'The value has the wrong type.' },
      { pointer: '#/features/2', code: 'too_small', detail: 'The number is too small.' },
      { pointer: '#/features/10', code: 'type', detail: 'The value has the wrong type.' },
    ]);
    const query = fastifyError('FST_ERR_VALIDATION', 400, 'querystring/limit must be integer', {
      validation: [{ instancePath: '/limit', keyword: 'type', params: {}, message: 'must be integer' }],
      validationContext: 'querystring',
    });
    expect(problemOf(toWire(query)).errors).toEqual([
      { in: 'query', pointer: '#/limit', code: 'type', detail: 'The value has the wrong type.' },
    ]);
  });

  it('maps a Nest exception by the parser rejection it wraps', () => {
    const parseError = bodyParserError(
      'entity.parse.failed',
      400,
      "Expected property name or '}' in JSON at position 1",
    );
    const wrapped = Object.assign(new NestLikeException(parseError.message, 400), { cause: parseError });
    expect(bodyText(toWire(wrapped))).toBe(bodyText(toWire(parseError)));
    const media = fastifyError('FST_ERR_CTP_INVALID_MEDIA_TYPE', 415, 'Unsupported Media Type: text/plain');
    expect(header(toWire(Object.assign(new NestLikeException('x', 415), { cause: media })), 'connection')).toBe(
      'close',
    );
    const ours = new NotFoundException('ours');
    expect(toWire(Object.assign(new NestLikeException('x', 400), { cause: ours })).status).toBe(404);
    const ownCause = Object.assign(new NestLikeException('Kept', 409), { cause: new Error('db') });
    expect(problemOf(toWire(ownCause)).detail).toBe('Kept');
  });

  it('keeps the status of other Fastify errors but not their wording', () => {
    const wire = toWire(fastifyError('FST_ERR_SOMETHING_NEW', 409, 'internal wording'));
    expect(wire.status).toBe(409);
    expect(bodyText(wire)).not.toContain('internal wording');
  });

  it('keeps the status and headers of any error that carries one, but its message only when exposed', () => {
    const limited = Object.assign(new Error('limit for 10.0.0.7 reached'), {
      statusCode: 429,
      headers: { 'retry-after': '30' },
    });
    const wire = toWire(limited);
    expect([wire.status, header(wire, 'retry-after')]).toEqual([429, '30']);
    expect(bodyText(wire)).not.toContain('10.0.0.7');
    const bare = Object.assign(new Error('token hunter2'), { status: 404 });
    expect([toWire(bare).status, String(bodyText(toWire(bare))).includes('hunter2')]).toEqual([404, false]);
    const exposed = Object.assign(new Error('No such user'), { status: 404, expose: true });
    expect(problemOf(toWire(exposed)).detail).toBe('No such user');
    const claimsExposeAs5xx = Object.assign(new Error('db is down at 10.0.0.9'), { status: 503, expose: 'yes' });
    expect(bodyText(toWire(claimsExposeAs5xx))).not.toContain('10.0.0.9');
  });

  it.each([
    ['axios', { isAxiosError: true, status: 404, response: { status: 404, data: { token: 'hunter2' } } }],
    ['axios without a response', { isAxiosError: true, code: 'ECONNREFUSED' }],
    ['got', { code: 'ERR_NON_2XX_3XX_RESPONSE', response: { statusCode: 404, body: 'hunter2' } }],
    ['ky', { response: { status: 404 }, request: {} }],
    ['ofetch', { status: 404, statusCode: 404, response: { status: 404 } }],
    ['undici', { code: 'UND_ERR_RESPONSE_STATUS_CODE', status: 404, statusCode: 404 }],
  ])("answers an upstream's failure (%s) with a reported 502, not its status", (_, shape) => {
    const upstream = Object.assign(new Error('GET https://api.internal/users/7?key=hunter2 failed'), shape);
    const reported: unknown[] = [];
    const wire = toWire(upstream, undefined, { onError: (error) => reported.push(error) });
    expect(wire.status).toBe(502);
    expect(problemOf(wire)).toEqual({ type: 'about:blank', title: 'Bad Gateway', status: 502, code: 'BAD_GATEWAY' });
    expect(reported).toEqual([upstream]);
  });

  it('takes Hono’s HTTPException by shape: its message below 500, its response’s headers, its body rejections', () => {
    const challenge = new Response('Unauthorized', {
      status: 401,
      headers: { 'www-authenticate': 'Basic realm="Secure Area"', 'content-type': 'text/plain' },
    });
    const unauthorized = toWire(new HTTPException(401, { res: challenge }));
    expect([
      unauthorized.status,
      header(unauthorized, 'www-authenticate'),
      header(unauthorized, 'content-type'),
    ]).toEqual([401, 'Basic realm="Secure Area"', 'application/problem+json']);
    expect(problemOf(unauthorized)).toEqual({
      type: 'about:blank',
      title: 'Unauthorized',
      status: 401,
      code: 'UNAUTHORIZED',
    });
    expect(problemOf(toWire(new HTTPException(503, { message: 'db at 10.0.0.7 is down' }))).detail).toBeUndefined();
    const malformed = toWire(new HTTPException(400, { message: 'Malformed JSON in request body' }));
    expect([problemOf(malformed).code, header(malformed, 'connection')]).toEqual(['INVALID_JSON', 'close']);
    const tooLarge = new HTTPException(413, { res: new Response('Payload Too Large', { status: 413 }) });
    expect(problemOf(toWire(tooLarge)).detail).toBe('The request body is larger than this endpoint accepts.');
  });

  it('keeps what an app put in a Nest object response, in details', () => {
    const quota = new NestLikeException({ reason: 'quota', limit: 10 }, 403);
    expect(problemOf(toWire(quota))).toEqual({
      type: 'about:blank',
      title: 'Forbidden',
      status: 403,
      code: 'FORBIDDEN',
      details: { reason: 'quota', limit: 10 },
    });
    const withMessage = new NestLikeException(
      { message: 'Over quota', statusCode: 403, error: 'Forbidden', id: 7 },
      403,
    );
    expect(problemOf(toWire(withMessage))).toMatchObject({ detail: 'Over quota', details: { id: 7 } });
  });

  it('gives an error without a status of its own the 4xx or 5xx the response already had', () => {
    const reported: unknown[] = [];
    const onError = (error: unknown) => reported.push(error);
    const secret = new Error('hunter2');
    const notFound = toWire(secret, undefined, { onError }, { status: 404 });
    expect([notFound.status, String(bodyText(notFound)).includes('hunter2'), reported]).toEqual([404, false, []]);
    expect(toWire(secret, undefined, { onError }, { status: 503 }).status).toBe(503);
    expect(reported).toEqual([secret]);
    expect(toWire(secret, undefined, {}, { status: 201 }).status).toBe(500);
    expect(toWire(createError(409), undefined, {}, { status: 404 }).status).toBe(409);
  });

  it('takes a body the client abandoned for a 400, which is not reported', () => {
    const calls: unknown[] = [];
    const nodeAborted = Object.assign(new Error('aborted'), { code: 'ECONNRESET', statusCode: 400 });
    const bodyParserAborted = Object.assign(new Error('request aborted'), { type: 'request.aborted', status: 400 });
    for (const aborted of [nodeAborted, bodyParserAborted]) {
      expect(toWire(aborted, undefined, { onError: (error) => calls.push(error) }).status).toBe(400);
    }
    expect(calls).toEqual([]);
    expect(toWire(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })).status).toBe(500);
  });

  it('takes only Errors: a thrown plain object is junk, whatever it claims', () => {
    const claims = [
      { message: 'hunter2', status: 400, expose: true },
      { message: 'hunter2', isBoom: true, output: { statusCode: 404 } },
      { message: 'hunter2', code: 'FST_ERR_CTP_INVALID_JSON_BODY' },
    ];
    for (const claim of claims) {
      expect(fromForeignError(claim)).toBeUndefined();
      const wire = toWire(claim);
      expect(wire.status).toBe(500);
      expect(bodyText(wire)).not.toContain('hunter2');
    }
  });

  it('recognises an Error of another realm', () => {
    // An Error made by another realm's constructor: not `instanceof` this realm's, still an Error inside.
    const foreignRealm = Object.setPrototypeOf(
      Object.assign(new Error('No such user'), { status: 404, expose: true }),
      Object.prototype,
    ) as object;
    expect(foreignRealm instanceof Error).toBe(false);
    expect(fromForeignError(foreignRealm)?.status).toBe(404);
  });

  it('ignores shapes with invalid statuses or hostile methods', () => {
    expect(
      fromForeignError(Object.assign(new Error('x'), { isBoom: true, output: { statusCode: 200 } })),
    ).toBeUndefined();
    const hostile = {
      getStatus() {
        throw new Error('boom');
      },
      getResponse() {
        return {};
      },
    };
    expect(toWire(hostile).status).toBe(500);
    expect(toWire(createError(302, 'redirect?')).status).toBe(500);
  });

  it('reports the original foreign error to onError', () => {
    const calls: unknown[] = [];
    const original = Boom.badGateway('upstream down');
    toWire(original, undefined, { onError: (error) => calls.push(error) });
    expect(calls).toEqual([original]);
  });
});
