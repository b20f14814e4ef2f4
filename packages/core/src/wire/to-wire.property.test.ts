import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HttpException, HttpResponse, type ToWireOptions, toWire, type WireRequest } from '../index.js';

const SECRET = 'SECRET-7f3a9';
const ENDPOINTS_ALLOWED = new Set([200, 204, 400, 401, 403, 404, 409, 410, 412, 413, 501, 503]);

const tokenName = fc.stringMatching(/^x-[a-z0-9-]{1,12}$/);
// Visible ASCII, spaces and commas (never leading or trailing whitespace, which Headers trims).
const headerValue = fc.stringMatching(/^[!-~]([ -~]{0,30}[!-~])?$/);
const headerPairs = fc.array(fc.tuple(fc.oneof(tokenName, fc.constant('set-cookie')), headerValue), { maxLength: 6 });

const exposedException = fc
  .record({
    status: fc.integer({ min: 400, max: 599 }),
    message: fc.string({ maxLength: 40 }),
    headers: headerPairs,
  })
  .map(({ status, message, headers }) => new HttpException(message, { status, expose: true, headers }));

const hiddenException = fc
  .record({ status: fc.integer({ min: 400, max: 599 }), details: fc.jsonValue() })
  .map(
    ({ status, details }) =>
      new HttpException(`${SECRET} hidden`, { status, expose: false, details: [SECRET, details] }),
  );

const circular: Record<string, unknown> = { note: SECRET };
circular.self = circular;

const foreign = fc.oneof(
  fc.constant(new Error(`${SECRET} in an error`)),
  fc.constant(`${SECRET} thrown as a string`),
  fc.constant({ message: SECRET, status: 404 }),
  fc.constant(circular),
  fc.constant(null),
  fc.constant(undefined),
  fc.integer(),
  fc.constant(Object.assign(new Error('outer'), { cause: new Error(SECRET) })),
);

const response = fc
  .record({
    status: fc.integer({ min: 200, max: 599 }),
    kind: fc.constantFrom('text', 'json', 'bytes', 'empty', 'stream'),
    text: fc.string({ maxLength: 60 }),
    headers: headerPairs,
  })
  .map(({ status, kind, text, headers }) => {
    const options = { status, headers };
    switch (kind) {
      case 'text':
        return HttpResponse.text(text, options);
      case 'json':
        return HttpResponse.json({ text }, options);
      case 'bytes':
        return HttpResponse.binary(new TextEncoder().encode(text), options);
      case 'stream':
        return HttpResponse.stream(
          (async function* () {
            yield text;
          })(),
          options,
        );
      default:
        return new HttpResponse(status, null, headers);
    }
  });

const outcome = fc.oneof(exposedException, hiddenException, foreign, response);
const request: fc.Arbitrary<WireRequest> = fc.record({
  method: fc.constantFrom('GET', 'HEAD', 'POST'),
  accept: fc.oneof(
    fc.constantFrom(undefined, '*/*', 'application/json', 'application/problem+json', 'text/html', 'application/*;q=0'),
    fc.string({ maxLength: 80 }),
  ),
});
const statusPolicy = fc.constantFrom<ToWireOptions['statusPolicy']>('default', 'endpoints', (status: number) =>
  status === 404 ? 410 : status,
);

function wireText(headers: [string, string][], body: unknown): string {
  const text = body instanceof Uint8Array ? new TextDecoder().decode(body) : '';
  return `${headers.map(([name, value]) => `${name}: ${value}`).join('\n')}\n\n${text}`;
}

describe('toWire invariants', () => {
  it('frames every outcome by RFC 9110', () => {
    fc.assert(
      fc.property(outcome, request, statusPolicy, (thrown, req, policy) => {
        const wire = toWire(thrown, req, { statusPolicy: policy });
        expect(wire.status).toBeGreaterThanOrEqual(200);
        expect(wire.status).toBeLessThanOrEqual(599);
        const contentLength = wire.headers.filter(([name]) => name === 'content-length');
        expect(contentLength.length).toBeLessThanOrEqual(1);
        if (wire.status === 204 || wire.status === 304 || req.method === 'HEAD') expect(wire.body).toBeNull();
        if (wire.status === 204) {
          expect(contentLength).toHaveLength(0);
          expect(wire.headers.some(([name]) => name === 'content-type')).toBe(false);
        }
        if (wire.body instanceof Uint8Array) expect(contentLength[0]?.[1]).toBe(String(wire.body.byteLength));
        if (wire.status >= 400) expect(wire.headers).toContainEqual(['x-content-type-options', 'nosniff']);
        const names = wire.headers.map(([name]) => name);
        expect(names).toEqual([...names].sort());
        for (const name of names) expect(name).toBe(name.toLowerCase());
      }),
      { numRuns: 400 },
    );
  });

  it('gives HEAD the content-length GET would send', () => {
    fc.assert(
      fc.property(fc.oneof(exposedException, hiddenException, foreign), (thrown) => {
        const get = toWire(thrown, { method: 'GET' });
        const head = toWire(thrown, { method: 'HEAD' });
        expect(head.headers).toEqual(get.headers);
      }),
      { numRuns: 200 },
    );
  });

  it('never puts an unexposed message, detail or foreign value on the wire', () => {
    fc.assert(
      fc.property(fc.oneof(hiddenException, foreign), request, statusPolicy, (thrown, req, policy) => {
        const wire = toWire(thrown, req, { statusPolicy: policy });
        expect(wireText(wire.headers, wire.body)).not.toContain(SECRET);
      }),
      { numRuns: 300 },
    );
  });

  it('lands every endpoints outcome in its allowed set', () => {
    fc.assert(
      fc.property(outcome, request, (thrown, req) => {
        expect(ENDPOINTS_ALLOWED.has(toWire(thrown, req, { statusPolicy: 'endpoints' }).status)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('never splits a header value', () => {
    fc.assert(
      fc.property(headerPairs, (pairs) => {
        const wire = toWire(HttpResponse.text('x', { headers: pairs }));
        const cookies = pairs.filter(([name]) => name === 'set-cookie').map(([, value]) => value);
        expect(wire.headers.filter(([name]) => name === 'set-cookie').map(([, value]) => value)).toEqual(cookies);
        for (const [name] of pairs) {
          if (name === 'set-cookie') continue;
          const sent = wire.headers.filter(([key]) => key === name).map(([, value]) => value);
          const given = pairs.filter(([key]) => key === name).map(([, value]) => value);
          expect(sent).toEqual([given.join(', ')]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reports every 5xx error exactly once and no 4xx', () => {
    fc.assert(
      fc.property(fc.oneof(exposedException, hiddenException, foreign), statusPolicy, (thrown, policy) => {
        let reports = 0;
        const wire = toWire(thrown, undefined, { statusPolicy: policy, onError: () => void reports++ });
        expect(reports).toBe(wire.status >= 500 ? 1 : 0);
      }),
      { numRuns: 300 },
    );
  });
});
