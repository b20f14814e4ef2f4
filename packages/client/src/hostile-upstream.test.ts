import {
  BadGatewayException,
  ForbiddenException,
  type HttpException,
  MAX_VALIDATION_ERRORS,
  markUpstream,
  NotFoundException,
  relayUpstream,
  toWire,
  upstreamMembers,
  ValidationException,
} from '@httpwire/core';
import { describe, expect, it } from 'vitest';
import { OutOfCredit } from '../test/out-of-credit.js';
import { readProblem } from './index.js';

const PROBLEM = { 'content-type': 'application/problem+json' };

function problemResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: PROBLEM });
}

/** A body that sends `chunk` forever, counting the bytes the reader pulled. */
function endless(chunk: Uint8Array) {
  const pulled = { bytes: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { body, pulled };
}

describe('readProblem bounds what an upstream can make it read', () => {
  it('stops an endless body at maxBytes: the exception keeps the status, and the caller can still read', async () => {
    const { body, pulled } = endless(new TextEncoder().encode(`{"detail":"${'x'.repeat(1000)}`));
    const response = new Response(body, { status: 503, headers: PROBLEM });
    const read = await readProblem(response, { maxBytes: 64 * 1024 });
    expect([read?.status, read?.message, read?.expose]).toEqual([503, 'Service Unavailable', false]);
    // What was read, and at most one chunk ahead: not the endless rest.
    expect(pulled.bytes).toBeLessThanOrEqual(64 * 1024 + 3 * 1024);
    const reader = response.body?.getReader();
    const first = await reader?.read();
    expect(first?.value?.byteLength).toBeGreaterThan(0);
    await reader?.cancel();
  });

  it('stops waiting for a body that stalls after a few bytes, at timeoutMs', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"detail":"sec'));
      },
    });
    const read = await readProblem(new Response(body, { status: 404, headers: PROBLEM }), { timeoutMs: 50 });
    expect(read).toBeInstanceOf(NotFoundException);
    expect(read?.message).toBe('Not Found');
  });

  it('cuts a validation problem’s errors at maxErrors, counting the rest in errorsOmitted with the upstream’s own', async () => {
    const errors = Array.from({ length: 16_000 }, (_, index) => ({
      pointer: `#/${index}`,
      code: 'too_few',
      detail: 'x',
    }));
    const read = (await readProblem(
      problemResponse(422, { status: 422, errors, errorsOmitted: 5 }),
    )) as ValidationException;
    expect(read).toBeInstanceOf(ValidationException);
    expect(read.errors).toHaveLength(MAX_VALIDATION_ERRORS);
    expect(read.errorsOmitted).toBe(16_000 - MAX_VALIDATION_ERRORS + 5);
    const few = (await readProblem(problemResponse(422, { errors }), { maxErrors: 3 })) as ValidationException;
    expect([few.errors.map((error) => error.pointer), few.errorsOmitted]).toEqual([['#/0', '#/1', '#/2'], 15_997]);
    // The marker is sent on as the server's own: the same member, after errors.
    const body = new TextDecoder().decode(toWire(relayUpstream(few)).body as Uint8Array);
    expect(body).toMatch(/"errors":\[.*\],"errorsOmitted":15997/);
  });

  it('reads no more entries of errors than it keeps, however long the list', async () => {
    const accessed = (length: number) => {
      let reads = 0;
      const entries = Array.from({ length }, (_, index) => ({ pointer: `#/${index}`, code: 'type' }));
      const errors = new Proxy(entries, {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
          return Reflect.get(target, key, receiver);
        },
      });
      const axiosError = {
        isAxiosError: true,
        response: { status: 422, headers: PROBLEM, data: { status: 422, errors } },
      };
      return readProblem(axiosError).then(() => reads);
    };
    const [small, large] = [await accessed(2_000), await accessed(32_000)];
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });
});

describe('readProblem matches a problem type on more than its URI', () => {
  it('takes the type only with its status and members that match its schemas', async () => {
    const good = { type: OutOfCredit.definition.type, status: 403, detail: 'Low.', balance: 30, accounts: ['/a'] };
    expect(await readProblem(problemResponse(403, good), { types: [OutOfCredit] })).toBeInstanceOf(OutOfCredit);
    const spoofs = [
      problemResponse(404, { ...good, status: 404 }),
      problemResponse(403, { ...good, balance: '<img src=x onerror=alert(1)>' }),
      problemResponse(403, { ...good, accounts: [{ evil: true }] }),
      problemResponse(403, { type: good.type, detail: 'no members' }),
    ];
    for (const response of spoofs) {
      const read = await readProblem(response, { types: [OutOfCredit] });
      expect(read).not.toBeInstanceOf(OutOfCredit);
      expect(read).toBeInstanceOf(response.status === 404 ? NotFoundException : ForbiddenException);
      expect(read?.extensions).toBeUndefined();
    }
  });

  it('keeps members the type does not declare apart, so that relaying forwards only what the type declares', async () => {
    const body = {
      type: OutOfCredit.definition.type,
      status: 403,
      detail: 'Low.',
      balance: 30,
      accounts: [],
      internalHost: '10.0.0.9',
      details: { trace: 'x' },
    };
    const read = await readProblem(problemResponse(403, body), { types: [OutOfCredit] });
    expect(read).toBeInstanceOf(OutOfCredit);
    expect(read?.extensions).toEqual({ balance: 30, accounts: [] });
    expect(upstreamMembers(read)).toEqual({ details: { trace: 'x' }, internalHost: '10.0.0.9' });
    if (!(read instanceof OutOfCredit)) throw new Error('not typed');
    const sent = JSON.parse(new TextDecoder().decode(toWire(relayUpstream(read)).body as Uint8Array));
    expect(Object.keys(sent)).toEqual(['type', 'title', 'status', 'detail', 'code', 'balance', 'accounts']);
  });

  it('exposes a 5xx read back only as its type or status says, not because the body had a detail', async () => {
    const read = await readProblem(problemResponse(500, { status: 500, detail: 'SQL error at db-7' }));
    expect([read?.status, read?.expose, read?.message]).toEqual([500, false, 'SQL error at db-7']);
    const relayed = JSON.parse(
      new TextDecoder().decode(toWire(relayUpstream(read as HttpException)).body as Uint8Array),
    );
    expect(relayed.detail).toBeUndefined();
  });
});

describe('readProblem reads hostile validation entries without rejecting', () => {
  it('keeps a malformed pointer as written, reads an unknown code as invalid, and drops an unknown in', async () => {
    const read = (await readProblem(
      problemResponse(422, {
        errors: [
          { pointer: '#/%E0%A4%A', code: 'type' },
          { pointer: '#/a', code: '__proto__' },
          { pointer: '#/b', code: 'constructor', in: 'evil' },
          { pointer: 42, code: 'type' },
          null,
        ],
      }),
    )) as ValidationException;
    expect(read).toBeInstanceOf(ValidationException);
    expect(read.errors).toEqual([
      { pointer: '#/%25E0%25A4%25A', code: 'type', detail: 'The value has the wrong type.' },
      { pointer: '#/a', code: 'invalid', detail: 'The value is invalid.' },
      { pointer: '#/b', code: 'invalid', detail: 'The value is invalid.' },
    ]);
    expect(read.errorsOmitted).toBe(2);
    // Rethrown, it is the documented 502, not a 500.
    expect(toWire(read, undefined, { onError: () => {} }).status).toBe(502);
  });

  it('drops header values a Headers object would refuse, rather than rejecting', async () => {
    const axiosError = {
      isAxiosError: true,
      response: { status: 429, headers: { 'retry-after': '1\r\nset-cookie: a=b', allow: 'GET' }, data: '' },
    };
    const read = await readProblem(axiosError);
    expect([read?.status, read?.headers.get('retry-after'), read?.headers.get('allow')]).toEqual([429, null, 'GET']);
    expect(await readProblem({ isAxiosError: true, response: { status: 502.5 } })).toBeUndefined();
    expect(await readProblem(new Response('x', { status: 502 }))).toBeInstanceOf(BadGatewayException);
  });
});

describe('readProblem against what the review found', () => {
  it('reads a body sent a byte a chunk to the bound, counting what holds each chunk', async () => {
    let pulls = 0;
    const byte = new TextEncoder().encode(' ');
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        controller.enqueue(byte);
      },
    });
    const read = await readProblem(new Response(body, { status: 500, headers: PROBLEM }), { maxBytes: 64 * 1024 });
    expect(read?.status).toBe(500);
    // 64 KiB of one-byte chunks at 65 bytes each: about a thousand reads, not 65,536.
    expect(pulls).toBeLessThan(2_000);
  });

  it('resolves to nothing for a shape whose getters throw, rather than rejecting', async () => {
    const hostile = {
      isAxiosError: true,
      get response(): unknown {
        throw new Error('getter');
      },
    };
    expect(await readProblem(hostile)).toBeUndefined();
  });

  it('takes the default for a bound that is not a non-negative number', async () => {
    const response = () => problemResponse(404, { status: 404, detail: 'No such user.' });
    for (const bounds of [{ maxBytes: Number.NaN }, { timeoutMs: Number.POSITIVE_INFINITY }, { maxBytes: -1 }]) {
      expect((await readProblem(response(), bounds))?.message).toBe('No such user.');
    }
    const errors = [{ pointer: '#/a', code: 'type' }];
    const read = (await readProblem(problemResponse(422, { errors }), {
      maxErrors: Number.NaN,
    })) as ValidationException;
    expect(read.errors).toHaveLength(1);
  });

  it('keeps a member named __proto__ apart as a member, and an upstream count near 2^53 without dropping errors', async () => {
    const body = JSON.parse(
      `{"type":"${OutOfCredit.definition.type}","status":403,"balance":1,"accounts":[],"__proto__":{"polluted":1}}`,
    );
    const read = await readProblem(problemResponse(403, body), { types: [OutOfCredit] });
    const apart = upstreamMembers(read) as Record<string, unknown>;
    expect(Object.hasOwn(apart, '__proto__')).toBe(true);
    expect((apart as { polluted?: unknown }).polluted).toBeUndefined();
    const huge = (await readProblem(
      problemResponse(422, { errors: [{ pointer: '#/a', code: 'type' }], errorsOmitted: Number.MAX_SAFE_INTEGER }),
    )) as ValidationException;
    expect([huge.errors.length, huge.errorsOmitted > 0]).toEqual([1, true]);
  });

  it('keeps a pointer that is not in fragment form as written, and reads a plain RFC 6901 one without decoding', async () => {
    const errors = [
      { pointer: 'name', code: 'type' },
      { pointer: '/a%25b', code: 'type' },
    ];
    const read = (await readProblem(problemResponse(422, { errors }))) as ValidationException;
    expect(read.errors.map((error) => error.pointer)).toEqual(['#/a%2525b', '#/name']);
  });

  it('lets markUpstream be called again with members', () => {
    const exception = markUpstream(new NotFoundException(), { a: 1 });
    expect(() => markUpstream(exception, { b: 2 })).not.toThrow();
    expect(upstreamMembers(exception)).toEqual({ b: 2 });
  });
});
