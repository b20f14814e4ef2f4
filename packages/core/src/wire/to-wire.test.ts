import { describe, expect, it, vi } from 'vitest';
import { bodyText, header, headerValues, problemOf, streamText } from '../../test/wire-helpers.js';
import {
  ConflictException,
  type ErrorContext,
  HttpException,
  HttpResponse,
  InternalServerErrorException,
  MethodNotAllowedException,
  NotFoundException,
  ServiceUnavailableException,
  TooManyRequestsException,
  toWire,
  UnauthorizedException,
} from '../index.js';

function recorder() {
  const calls: [unknown, ErrorContext][] = [];
  return { calls, onError: (error: unknown, context: ErrorContext) => void calls.push([error, context]) };
}

describe('problem details', () => {
  it('writes the members in the documented order', () => {
    const wire = toWire(new ConflictException('Taken', { details: { field: 'name' } }));
    expect(bodyText(wire)).toBe(
      '{"type":"about:blank","title":"Conflict","status":409,"detail":"Taken","code":"CONFLICT","details":{"field":"name"}}',
    );
    expect(wire.statusText).toBe('Conflict');
  });

  it('keeps a custom type, title and code while the status is unchanged', () => {
    const wire = toWire(
      new HttpException('Gone fishing', {
        status: 503,
        expose: true,
        type: 'https://e.x/p',
        title: 'Away',
        code: 'AWAY',
      }),
    );
    expect(problemOf(wire)).toEqual({
      type: 'https://e.x/p',
      title: 'Away',
      status: 503,
      detail: 'Gone fishing',
      code: 'AWAY',
    });
    expect(wire.statusText).toBe('Service Unavailable');
  });

  it('never repeats the reason phrase as detail', () => {
    expect(problemOf(toWire(new NotFoundException()))).not.toHaveProperty('detail');
    expect(problemOf(toWire(new NotFoundException('Not Found')))).not.toHaveProperty('detail');
    expect(problemOf(toWire(new NotFoundException('')))).not.toHaveProperty('detail');
  });

  it('hides the message and details of unexposed exceptions', () => {
    const wire = toWire(new InternalServerErrorException('db password is hunter2', { details: { sql: 'hunter2' } }));
    expect(bodyText(wire)).toBe(
      '{"type":"about:blank","title":"Internal Server Error","status":500,"code":"INTERNAL_SERVER_ERROR"}',
    );
    const hidden404 = toWire(new NotFoundException('hunter2', { expose: false, details: 'hunter2' }));
    expect(bodyText(hidden404)).not.toContain('hunter2');
  });

  it('can show internal messages in development', () => {
    const wire = toWire(new Error('db down'), undefined, { exposeInternalErrors: true });
    expect(problemOf(wire).detail).toBe('db down');
  });

  it('carries the exception headers, nosniff and vary: accept', () => {
    const wire = toWire(new UnauthorizedException('The caller is not authorized', { challenge: 'Bearer' }));
    expect(wire.headers).toEqual([
      ['content-length', String(wire.body && (wire.body as Uint8Array).byteLength)],
      ['content-type', 'application/problem+json'],
      ['vary', 'accept'],
      ['www-authenticate', 'Bearer'],
      ['x-content-type-options', 'nosniff'],
    ]);
  });

  it('adds accept to an existing vary instead of repeating the header', () => {
    const wire = toWire(new NotFoundException('x', { headers: { Vary: 'Origin' } }));
    expect(header(wire, 'vary')).toBe('Origin, accept');
  });

  it('negotiates application/json for clients that prefer it, with the same body', () => {
    const error = new NotFoundException('No entity with the id "42" exists.');
    const problem = toWire(error, { accept: 'application/problem+json' });
    const json = toWire(error, { accept: 'application/json' });
    const html = toWire(error, { accept: 'text/html' });
    expect(header(problem, 'content-type')).toBe('application/problem+json');
    expect(header(json, 'content-type')).toBe('application/json');
    expect(header(html, 'content-type')).toBe('application/problem+json');
    expect(html.status).toBe(404);
    expect(bodyText(json)).toBe(bodyText(problem));
  });

  it('does not negotiate explicit responses', () => {
    const wire = toWire(HttpResponse.json({ a: 1 }, { status: 400 }), { accept: 'application/problem+json' });
    expect(header(wire, 'content-type')).toBe('application/json');
    expect(header(wire, 'vary')).toBeUndefined();
    expect(header(wire, 'x-content-type-options')).toBe('nosniff');
  });
});

describe('foreign values and onError', () => {
  it.each([
    ['an Error', new Error('secret: db password is hunter2')],
    ['a string', 'secret string hunter2'],
    ['null', null],
    ['undefined', undefined],
    ['a plain object', { message: 'hunter2', status: 404 }],
    ['a number', 42],
  ])('sends %s as a 500 that leaks nothing and reports the original once', (_, thrown) => {
    const { calls, onError } = recorder();
    const wire = toWire(thrown, { method: 'GET', path: '/crash' }, { onError });
    expect(wire.status).toBe(500);
    expect(bodyText(wire)).toBe(
      '{"type":"about:blank","title":"Internal Server Error","status":500,"code":"INTERNAL_SERVER_ERROR"}',
    );
    expect(calls).toHaveLength(1);
    expect(calls[0]?.[0]).toBe(thrown);
    expect(calls[0]?.[1]).toMatchObject({ status: 500, phase: 'handler', request: { path: '/crash' } });
  });

  it('reports 5xx exceptions and not 4xx', () => {
    const { calls, onError } = recorder();
    toWire(new NotFoundException(), undefined, { onError });
    toWire(HttpResponse.text('fine'), undefined, { onError });
    expect(calls).toHaveLength(0);
    const unavailable = new ServiceUnavailableException('maintenance');
    toWire(unavailable, undefined, { onError });
    expect(calls).toEqual([[unavailable, { status: 503, phase: 'handler', request: undefined }]]);
  });

  it('survives an onError that throws or rejects', async () => {
    const throwing = toWire(new Error('x'), undefined, {
      onError: () => {
        throw new Error('logger down');
      },
    });
    expect(throwing.status).toBe(500);
    const rejecting = toWire(new Error('x'), undefined, { onError: async () => Promise.reject(new Error('late')) });
    expect(rejecting.status).toBe(500);
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  it('survives an Error whose message getter throws', () => {
    const hostile = new Error('x');
    Object.defineProperty(hostile, 'message', {
      get() {
        throw new Error('gotcha');
      },
    });
    expect(toWire(hostile).status).toBe(500);
  });

  it('sends a thrown response as it is', () => {
    const wire = toWire(HttpResponse.text('teapot here', { status: 418 }));
    expect(wire.status).toBe(418);
    expect(bodyText(wire)).toBe('teapot here');
  });
});

describe('unserializable bodies', () => {
  const circular: Record<string, unknown> = {};
  circular.self = circular;
  it.each([
    ['a circular value', circular],
    ['a BigInt', { n: 10n }],
    [
      'a throwing toJSON',
      {
        toJSON() {
          throw new Error('nope');
        },
      },
    ],
    ['a bare function', () => 1],
    ['undefined', undefined],
  ])('turns %s into a clean 500 problem and reports the cause', (_, value) => {
    const { calls, onError } = recorder();
    const wire = toWire(HttpResponse.json(value), undefined, { onError });
    expect(wire.status).toBe(500);
    expect(problemOf(wire).code).toBe('INTERNAL_SERVER_ERROR');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.[1].phase).toBe('serialize');
  });

  it.each(['', 'garbage', 'text/', 'text/plain, text/html'])(
    'turns a Content-Type %j set after construction into a clean 500 with a TypeError',
    (contentType) => {
      const { calls, onError } = recorder();
      const response = HttpResponse.text('x');
      response.headers.set('content-type', contentType);
      const wire = toWire(response, undefined, { onError });
      expect(wire.status).toBe(500);
      expect(calls[0]?.[0]).toBeInstanceOf(TypeError);
      expect(calls[0]?.[1].phase).toBe('serialize');
    },
  );

  it('turns unserializable exception details into a clean 500', () => {
    const { calls, onError } = recorder();
    const wire = toWire(new ConflictException('x', { details: { n: 1n } }), undefined, { onError });
    expect(wire.status).toBe(500);
    expect(calls).toHaveLength(1);
  });
});

describe('the format option', () => {
  const format = (error: HttpException) => HttpResponse.json({ error: error.code });

  it('replaces the body and keeps the status', () => {
    const wire = toWire(new NotFoundException(), undefined, { format });
    expect(wire.status).toBe(404);
    expect(bodyText(wire)).toBe('{"error":"NOT_FOUND"}');
    expect(header(wire, 'x-content-type-options')).toBe('nosniff');
  });

  it('can never turn an error into a success', () => {
    const wire = toWire(new NotFoundException(), undefined, {
      format: () => new HttpResponse(200, 'all good', { 'Content-Type': 'text/plain' }),
    });
    expect(wire.status).toBe(404);
  });

  it('uses an error status the format function sets', () => {
    const wire = toWire(new NotFoundException(), undefined, {
      format: () => HttpResponse.json({ gone: true }, { status: 410 }),
    });
    expect(wire.status).toBe(410);
  });

  it('receives the redacted problem and keeps the exception headers', () => {
    let seen: unknown;
    const wire = toWire(new UnauthorizedException('nope', { challenge: 'Bearer' }), undefined, {
      format: (_, { problem }) => {
        seen = problem;
        return HttpResponse.json(problem);
      },
    });
    expect(seen).toMatchObject({ status: 401, detail: 'nope' });
    expect(header(wire, 'www-authenticate')).toBe('Bearer');
    const hidden = toWire(new Error('hunter2'), undefined, { format: (_, { problem }) => HttpResponse.json(problem) });
    expect(bodyText(hidden)).not.toContain('hunter2');
  });

  it('falls back to a default 500 when it throws or returns something else', () => {
    for (const broken of [
      () => {
        throw new Error('format bug');
      },
      () => ({ status: 200 }) as never,
    ]) {
      const { calls, onError } = recorder();
      const wire = toWire(new NotFoundException(), undefined, { format: broken, onError });
      expect(wire.status).toBe(500);
      expect(problemOf(wire).code).toBe('INTERNAL_SERVER_ERROR');
      expect(calls.map(([, context]) => context.phase)).toEqual(['format']);
    }
  });
});

describe('status policies', () => {
  const endpoints = { statusPolicy: 'endpoints' as const };

  it.each([
    [418, 404],
    [405, 501],
    [408, 503],
    [502, 503],
  ])('endpoints sends a %i exception as %i with title, status and code following', (from, to) => {
    const wire = toWire(new HttpException('exposed detail', { status: from, expose: true }), undefined, endpoints);
    expect(wire.status).toBe(to);
    const problem = problemOf(wire);
    expect(problem.status).toBe(to);
    expect(problem.title).toBe(wire.statusText);
    expect(problem.detail).toBe('exposed detail');
  });

  it('endpoints sends a redirect as a 404 problem without its location', () => {
    const wire = toWire(HttpResponse.redirect('/elsewhere', 302), undefined, endpoints);
    expect(wire.status).toBe(404);
    expect(problemOf(wire).title).toBe('Not Found');
    expect(header(wire, 'location')).toBeUndefined();
  });

  it('endpoints sends an empty success as 204 and a full one as 200', () => {
    expect(toWire(HttpResponse.text('', { status: 201 }), undefined, endpoints).status).toBe(204);
    const created = toWire(HttpResponse.json({ ok: true }, { status: 201, location: '/x' }), undefined, endpoints);
    expect(created.status).toBe(200);
    expect(header(created, 'location')).toBeUndefined();
  });

  it('drops the headers tied to the old status and keeps the others', () => {
    const error = new MethodNotAllowedException('no', {
      allow: ['GET'],
      headers: { 'Set-Cookie': ['a=1', 'b=2'], 'X-Request-Id': 'r1' },
    });
    const wire = toWire(error, undefined, endpoints);
    expect(wire.status).toBe(501);
    expect(header(wire, 'allow')).toBeUndefined();
    expect(headerValues(wire, 'set-cookie')).toEqual(['a=1', 'b=2']);
    expect(header(wire, 'x-request-id')).toBe('r1');
    const slowDown = toWire(new TooManyRequestsException('x', { retryAfter: 120 }), undefined, endpoints);
    expect(header(slowDown, 'retry-after')).toBeUndefined();
    const kept = toWire(new ServiceUnavailableException('x', { retryAfter: 120 }), undefined, endpoints);
    expect(header(kept, 'retry-after')).toBe('120');
  });

  it('applies a custom function', () => {
    const wire = toWire(new NotFoundException(), undefined, {
      statusPolicy: (status) => (status === 404 ? 410 : status),
    });
    expect(wire.status).toBe(410);
    expect(problemOf(wire).code).toBe('GONE');
  });

  it('turns an invalid policy result into a reported 500', () => {
    for (const statusPolicy of [
      () => 42,
      () => 700,
      () => {
        throw new Error('policy bug');
      },
    ]) {
      const { calls, onError } = recorder();
      const wire = toWire(new NotFoundException(), undefined, { statusPolicy, onError });
      expect(wire.status).toBe(500);
      expect(calls.map(([, context]) => context.phase)).toEqual(['statusPolicy']);
    }
  });

  it('reports a 4xx that the policy turns into a 5xx', () => {
    const { calls, onError } = recorder();
    toWire(new MethodNotAllowedException(), undefined, { ...endpoints, onError });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.[1].status).toBe(501);
  });

  it('still applies the policy to a serialization failure', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(toWire(HttpResponse.json(circular), undefined, endpoints).status).toBe(503);
  });
});

describe('framing', () => {
  it('counts content-length in UTF-8 bytes', () => {
    const wire = toWire(HttpResponse.text('héllo 🌍'));
    expect(header(wire, 'content-length')).toBe('11');
    expect((wire.body as Uint8Array).byteLength).toBe(11);
  });

  it('sends 204 and 304 without body, type or length', () => {
    for (const status of [204, 304]) {
      const wire = toWire(new HttpResponse(status, 'dropped', { 'Content-Type': 'text/plain', ETag: '"1"' }));
      expect(wire.body).toBeNull();
      expect(header(wire, 'content-type')).toBeUndefined();
      expect(header(wire, 'content-length')).toBeUndefined();
      expect(header(wire, 'etag')).toBe('"1"');
    }
  });

  it('sends 205 with an empty body', () => {
    const wire = toWire(new HttpResponse(205, 'dropped'));
    expect(wire.body).toBeNull();
    expect(header(wire, 'content-length')).toBe('0');
    expect(header(wire, 'content-type')).toBeUndefined();
  });

  it('sends HEAD with the GET headers and no body', () => {
    for (const outcome of [HttpResponse.text('Hello, World!'), new NotFoundException('x')]) {
      const get = toWire(outcome, { method: 'GET' });
      const head = toWire(outcome, { method: 'HEAD' });
      expect(head.headers).toEqual(get.headers);
      expect(head.body).toBeNull();
    }
  });

  it('sorts headers by name and keeps repeated set-cookie lines apart and in order', () => {
    const response = HttpResponse.text('Hello, World!');
    response.headers.set('Machin', 'Truc');
    response.headers.append('Set-Cookie', 'chocolate');
    response.headers.append('Set-Cookie', 'pecan; Expires=Wed, 21 Oct 2026 07:28:00 GMT');
    response.headers.set('Content-Length', '999');
    expect(toWire(response).headers).toEqual([
      ['content-length', '13'],
      ['content-type', 'text/plain; charset=utf-8'],
      ['machin', 'Truc'],
      ['set-cookie', 'chocolate'],
      ['set-cookie', 'pecan; Expires=Wed, 21 Oct 2026 07:28:00 GMT'],
    ]);
  });
});

describe('streams', () => {
  async function* threeChunks() {
    yield 'chunk-1\n';
    yield '';
    yield new TextEncoder().encode('chunk-2\n');
    yield 'chunk-3\n';
  }

  it('streams chunks without content-length, skipping empty ones', async () => {
    const wire = toWire(HttpResponse.stream(threeChunks(), { contentType: 'text/plain; charset=utf-8' }));
    expect(header(wire, 'content-length')).toBeUndefined();
    const chunks: string[] = [];
    for await (const chunk of wire.body as AsyncIterable<Uint8Array>) chunks.push(new TextDecoder().decode(chunk));
    expect(chunks).toEqual(['chunk-1\n', 'chunk-2\n', 'chunk-3\n']);
  });

  it('reads web streams', async () => {
    const source = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('web'));
        controller.close();
      },
    });
    expect(await streamText(toWire(HttpResponse.stream(source)))).toBe('web');
  });

  it('reports a failing source once and rethrows so the binding cuts the connection', async () => {
    async function* failing() {
      yield 'partial\n';
      throw new Error('disk gone');
    }
    const { calls, onError } = recorder();
    const wire = toWire(HttpResponse.stream(failing()), { path: '/stream-fail' }, { onError });
    await expect(streamText(wire)).rejects.toThrow('disk gone');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.[1]).toMatchObject({ phase: 'stream', status: 200 });
  });

  it('rejects chunks that are neither bytes nor strings', async () => {
    async function* junk() {
      yield 42 as unknown as string;
    }
    await expect(streamText(toWire(HttpResponse.stream(junk())))).rejects.toThrow(TypeError);
  });

  it('never reads the source for HEAD, and cancels it', async () => {
    const pull = vi.fn();
    const cancel = vi.fn();
    const source = new ReadableStream<Uint8Array>({ pull, cancel }, { highWaterMark: 0 });
    const wire = toWire(HttpResponse.stream(source), { method: 'HEAD' });
    expect(wire.body).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(pull).not.toHaveBeenCalled();
    expect(cancel).toHaveBeenCalledOnce();
  });

  it('closes an async generator a HEAD or a 204 will not read', async () => {
    for (const [status, method] of [
      [200, 'HEAD'],
      [204, 'GET'],
    ] as const) {
      let started = false;
      let closed = false;
      const iterable: AsyncIterable<string> = {
        [Symbol.asyncIterator]: () => ({
          next: async () => {
            started = true;
            return { done: false, value: 'x' };
          },
          return: async () => {
            closed = true;
            return { done: true, value: undefined };
          },
        }),
      };
      const wire = toWire(HttpResponse.stream(iterable, { status }), { method });
      expect(wire.body).toBeNull();
      expect(started).toBe(false);
      expect(closed).toBe(true);
    }
  });
});
