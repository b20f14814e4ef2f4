import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainProblem, plainProblemWire } from './plain-problem-wire.js';
import { problemBytes } from './problem-bytes.js';
import { type ProblemDetails, serializeProblem } from './problem-details.js';
import { framedProblemWire } from './to-wire.js';
import type { WireRequest } from './wire-types.js';

// Titles and types repeat per status in real traffic; a few fixed ones exercise the caches' hits and misses.
const text = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('Not Found', 'about:blank', 'NOT_FOUND', 'é"\\\n'));
const problem: fc.Arbitrary<ProblemDetails> = fc
  .record({
    type: text,
    title: text,
    status: fc.integer({ min: 400, max: 599 }),
    detail: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
    code: text,
  })
  .map(({ detail, ...rest }) => (detail === undefined ? rest : { ...rest, detail }));
const request: fc.Arbitrary<WireRequest | undefined> = fc.option(
  fc.record({
    method: fc.constantFrom('GET', 'HEAD', 'POST'),
    accept: fc.constantFrom(undefined, '*/*', 'application/json', 'application/problem+json, application/json;q=0.5'),
  }),
  { nil: undefined },
);

/** What the general path writes for a problem without headers of its own. */
function generalWire(details: ProblemDetails, wireRequest: WireRequest | undefined) {
  return framedProblemWire(details, [], undefined, wireRequest, {});
}

describe('plainProblemWire', () => {
  it('writes exactly what the general path writes', () => {
    fc.assert(
      fc.property(problem, request, (details, wireRequest) => {
        expect(plainProblemWire(details, wireRequest)).toEqual(generalWire(details, wireRequest));
      }),
      { numRuns: 500 },
    );
  });

  it('applies only to error statuses without own headers or details', () => {
    const notFound = { type: 'about:blank', title: 'Not Found', status: 404, code: 'NOT_FOUND' };
    expect(isPlainProblem(notFound, 0)).toBe(true);
    expect(isPlainProblem(notFound, 1)).toBe(false);
    expect(isPlainProblem({ ...notFound, details: { id: 1 } }, 0)).toBe(false);
    expect(isPlainProblem({ ...notFound, status: 200 }, 0)).toBe(false);
  });
});

describe('problemBytes', () => {
  it('serializes and encodes, and returns fresh bytes on every call', () => {
    const notFound = { type: 'about:blank', title: 'Not Found', status: 404, code: 'NOT_FOUND' };
    const first = problemBytes(notFound);
    first.fill(0);
    const second = problemBytes(notFound);
    expect(new TextDecoder().decode(second)).toBe(serializeProblem(notFound));
    expect(second).not.toBe(problemBytes(notFound));
  });

  it('follows a changed title or code for the same status', () => {
    fc.assert(
      fc.property(problem, (details) => {
        expect(new TextDecoder().decode(problemBytes(details))).toBe(serializeProblem(details));
      }),
      { numRuns: 100 },
    );
  });
});

describe('serializeProblem', () => {
  it('is JSON.stringify of the members in their documented order, extensions last in declared order', () => {
    const extensions = fc.dictionary(
      // Integer-like names come first in any JavaScript object, whatever order they were declared in.
      fc.string({ maxLength: 8 }).filter((name) => !RESERVED.has(name) && !/^(0|[1-9]\d*)$/.test(name)),
      fc.jsonValue({ maxDepth: 2 }),
      { maxKeys: 3 },
    );
    fc.assert(
      fc.property(
        problem,
        fc.option(fc.jsonValue(), { nil: undefined }),
        fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
        fc.option(extensions, { nil: undefined }),
        (details, extra, instance, members) => {
          const withMembers = {
            ...details,
            ...(extra === undefined ? {} : { details: extra }),
            ...(instance === undefined ? {} : { instance }),
            ...(members === undefined ? {} : { extensions: members }),
          };
          const { type, title, status, detail, code } = withMembers;
          const expected = JSON.stringify({ type, title, status, detail, instance, code, details: extra, ...members });
          expect(serializeProblem(withMembers)).toBe(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});

const RESERVED = new Set(['type', 'title', 'status', 'detail', 'instance', 'code', 'details', 'errors', '__proto__']);
