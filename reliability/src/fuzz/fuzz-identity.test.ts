import {
  comparable,
  differences,
  mergeDeclared,
  type RawResponse,
  rawRequest,
  snapshot,
  type WireSnapshot,
} from '@httpwire/conformance';
import { encodeFuzzCase, FUZZ_CASE_HEADER } from '@httpwire/example-domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RunningStack, reportsSince, startStack } from '../support/stacks.js';
import { fuzzStacksForSuite } from '../support/suite-stacks.js';
import { type FuzzRequest, fuzzRequest } from './fuzz-arbitraries.js';
import { expectedReports, streamFailure, wireViolations } from './wire-invariants.js';

/** At least 1,000 per CI run; `HTTPWIRE_FUZZ_RUNS` raises it for a longer hunt. */
const RUNS = Math.max(1000, Number(process.env.HTTPWIRE_FUZZ_RUNS ?? 0));

/** A connection the server closed without sending a status line. */
const NO_RESPONSE: RawResponse = {
  statusLine: '(connection closed without a response)',
  status: 0,
  headers: [],
  body: Buffer.alloc(0),
  chunks: undefined,
  complete: false,
  closedByServer: true,
};

async function send(port: number, { method, accept, fuzzCase }: FuzzRequest): Promise<RawResponse> {
  const headers: Record<string, string> = { [FUZZ_CASE_HEADER]: encodeFuzzCase(fuzzCase) };
  if (accept !== undefined) headers.Accept = accept;
  try {
    return await rawRequest(port, { method, path: '/fuzz', headers });
  } catch {
    return NO_RESPONSE;
  }
}

/** Everything one request must satisfy on every stack; empty when it holds. */
async function check(stacks: readonly RunningStack[], request: FuzzRequest): Promise<string[]> {
  const found: string[] = [];
  const responses: RawResponse[] = [];
  const reportCounts: number[] = [];
  for (const stack of stacks) {
    const before = stack.reports.length;
    const response = await send(stack.port, request);
    const expected = expectedReports(request, response);
    // An in-process stack reports before it writes the response, so only a failed stream's report, which follows
    // the cut, is waited for (as long as it takes on a loaded machine).
    const reports = await reportsSince(stack, before, expected, streamFailure(request) === undefined ? 0 : undefined);
    responses.push(response);
    reportCounts.push(reports.length);
    if (reports.length !== expected) {
      found.push(`${stack.name}: ${reports.length} onError reports, expected ${expected}`);
    }
  }
  const [first, ...others] = responses as [RawResponse, ...RawResponse[]];
  for (const [index, other] of others.entries()) {
    const name = stacks[index + 1]?.name;
    const declared = mergeDeclared(stacks[0]?.declared, stacks[index + 1]?.declared);
    // A returned value that fails to serialize is httpwire's 500, compared whole.
    const plainValue = request.fuzzCase.kind === 'return' && first.status < 400;
    const [a, b] = [first, other].map((response) => comparable(snapshot(response), declared, { plainValue }));
    found.push(
      ...differences(a as WireSnapshot, b as WireSnapshot).map((text) => `${name} ≠ ${stacks[0]?.name}: ${text}`),
    );
    if (JSON.stringify(first.chunks) !== JSON.stringify(other.chunks)) found.push(`${name}: chunk boundaries differ`);
    if (reportCounts[index + 1] !== reportCounts[0]) found.push(`${name}: onError report count differs`);
  }
  found.push(...wireViolations(request, first).map((text) => `${stacks[0]?.name}: ${text}`));
  return found;
}

describe('fuzzed cross-stack identity', () => {
  let tried = 0;
  let failures = 0;
  const stacks = fuzzStacksForSuite({
    suite: 'fuzz',
    figures: (started) => ({
      runs: RUNS,
      casesTried: tried,
      requests: tried * started.length,
      identityFailures: failures,
    }),
  });

  const FOUND_BEFORE: [FuzzRequest][] = [
    [
      {
        method: 'GET',
        accept: undefined,
        fuzzCase: { kind: 'response', status: 200, headers: [], body: { type: 'stream', chunks: [] } },
      },
    ],
    [
      {
        method: 'GET',
        accept: undefined,
        fuzzCase: {
          kind: 'response',
          status: 200,
          headers: [['x-a', 'café']],
          body: { type: 'stream', chunks: [' '] },
        },
      },
    ],
  ];

  it(`sends identical bytes on every stack and keeps core's invariants, for ${RUNS} generated cases`, async () => {
    await fc.assert(
      fc.asyncProperty(fuzzRequest, async (request) => {
        tried += 1;
        const found = await check(stacks, request);
        // Shrinking reruns failing cases; each counts.
        if (found.length > 0) failures += 1;
        expect(found).toEqual([]);
      }),
      // Cases runs under load once found, tried first on every run: a stream that ends before its first chunk, and a
      // Latin-1 header on a stream (a server that flushed the head alone wrote it as UTF-8).
      { numRuns: RUNS, examples: FOUND_BEFORE },
    );
  }, 600_000);

  it('mounts the fuzz route only when HTTPWIRE_FUZZ=1', async () => {
    const plain = await startStack('express');
    try {
      const response = await rawRequest(plain.port, { method: 'GET', path: '/fuzz' });
      expect(response.status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
