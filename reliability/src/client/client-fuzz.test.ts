import { readProblem } from '@httpwire/client';
import { HttpException, isFromUpstream } from '@httpwire/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BodyBehaviour, startUpstream, type UpstreamAnswer } from './upstream-server.js';

/** Generous for a loaded machine; what is checked is that every call ends, not how fast. */
const BOUNDS = { maxBytes: 32 * 1024, timeoutMs: 300 };

let answer: UpstreamAnswer;

/** The caller's copy of the body, let go of: it may have failed as the upstream cut it, which is the upstream's doing. */
const discard = (response: Response) => response.body?.cancel().catch(() => {});
let upstream: Awaited<ReturnType<typeof startUpstream>>;

beforeAll(async () => {
  upstream = await startUpstream(() => answer);
});
afterAll(() => upstream.close());

const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

const problemLike = fc.record(
  {
    type: fc.oneof(fc.string(), fc.constant('https://example.com/probs/out-of-credit'), fc.anything()),
    title: fc.anything(),
    status: fc.anything(),
    detail: fc.oneof(fc.string(), fc.anything()),
    instance: fc.anything(),
    code: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'type', 'required'), fc.anything()),
    errors: fc.oneof(
      fc.array(
        fc.record(
          {
            pointer: fc.oneof(fc.string(), fc.constantFrom('#/%E0%A4%A', '#/__proto__', '#'), fc.anything()),
            code: fc.oneof(fc.constantFrom('__proto__', 'too_few', 'hasOwnProperty'), fc.string()),
            in: fc.oneof(fc.constantFrom('evil', 'query', '__proto__'), fc.anything()),
            detail: fc.anything(),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 30 },
      ),
      fc.anything(),
    ),
    errorsOmitted: fc.oneof(fc.integer(), fc.double(), fc.anything()),
    balance: fc.anything(),
    __proto__: fc.anything(),
  },
  { requiredKeys: [] },
);

const bodyBytes = fc.oneof(
  problemLike.map(json),
  fc.uint8Array({ maxLength: 2048 }),
  fc.string({ unit: 'binary', maxLength: 512 }).map((text) => new TextEncoder().encode(text)),
  fc.constant(json({ detail: 'x'.repeat(BOUNDS.maxBytes) })),
);

const behaviour: fc.Arbitrary<BodyBehaviour> = fc.oneof(
  { weight: 6, arbitrary: bodyBytes.map((bytes) => ({ kind: 'bytes' as const, bytes })) },
  { weight: 1, arbitrary: bodyBytes.map((bytes) => ({ kind: 'gzip' as const, bytes })) },
  { weight: 1, arbitrary: bodyBytes.map((bytes) => ({ kind: 'stall-after' as const, bytes: bytes.slice(0, 64) })) },
  { weight: 1, arbitrary: bodyBytes.map((bytes) => ({ kind: 'cut-after' as const, bytes: bytes.slice(0, 64) })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'endless' as const, chunk: new Uint8Array(16 * 1024).fill(0x7b) }) },
);

const headerValue = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map(String.fromCharCode), maxLength: 40 });
const headers = fc.array(
  fc.oneof(
    fc.tuple(
      fc.constant('content-type'),
      fc.constantFrom(
        'application/problem+json',
        'application/json; charset=utf-8',
        'application/vnd.api+json',
        'text/html',
        'application/json;x',
      ),
    ),
    fc.tuple(fc.constantFrom('retry-after', 'www-authenticate', 'allow', 'x-anything'), headerValue),
  ),
  { maxLength: 4 },
);

const answers: fc.Arbitrary<UpstreamAnswer> = fc.record({
  status: fc.oneof(fc.integer({ min: 200, max: 599 }), fc.constantFrom(400, 403, 404, 422, 500, 502, 503)),
  headers,
  body: behaviour,
});

describe('@httpwire/client against a hostile upstream, through real fetch on loopback', () => {
  it('never throws, never hangs past its bounds, and gives an exception of the response’s status', async () => {
    await fc.assert(
      fc.asyncProperty(answers, async (generated) => {
        answer = generated;
        let response: Response;
        try {
          // The wait for the status line is fetch's, not readProblem's: bounded here so that no case hangs the suite.
          response = await fetch(upstream.url, { signal: AbortSignal.timeout(20_000) });
        } catch (networkError) {
          // fetch makes some answers network errors (a 407, which the fetch standard leaves to a proxy): no response.
          expect(await readProblem(networkError, BOUNDS)).toBeUndefined();
          return;
        }
        const read = await readProblem(response, BOUNDS);
        if (generated.status < 400) {
          expect(read).toBeUndefined();
          await discard(response);
          return;
        }
        expect(read).toBeInstanceOf(HttpException);
        expect(read?.status).toBe(generated.status);
        expect(isFromUpstream(read)).toBe(true);
        // What was read cannot be longer than the bound, whatever the body claimed.
        expect((read?.message.length ?? 0) <= BOUNDS.maxBytes).toBe(true);
        await discard(response);
      }),
      { numRuns: 300 },
    );
  }, 180_000);

  it('stops a compressed bomb at maxBytes after decoding: 64 MiB of zeros in 64 KB of gzip', async () => {
    answer = {
      status: 500,
      headers: [['content-type', 'application/problem+json']],
      body: { kind: 'gzip', bytes: new Uint8Array(64 * 1024 * 1024).fill(0x20) },
    };
    const before = process.memoryUsage().rss;
    const response = await fetch(upstream.url);
    const read = await readProblem(response);
    expect([read?.status, read?.message]).toEqual([500, 'Internal Server Error']);
    await discard(response);
    // The default bound is 1 MiB: reading never inflates the 64 MiB (with room for the allocator's own growth).
    expect(process.memoryUsage().rss - before).toBeLessThan(48 * 1024 * 1024);
  }, 60_000);
});
