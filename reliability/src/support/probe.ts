import {
  comparable,
  type DeclaredDifferences,
  differences,
  mergeDeclared,
  type RawRequest,
  type RawResponse,
  rawRequest,
  snapshot,
  type WireSnapshot,
} from '@httpwire/conformance';
import { encodeFuzzCase, FUZZ_CASE_HEADER, type FuzzCase } from '@httpwire/example-domain';
import { expect } from 'vitest';
import { type Report, type RunningStack, reportsSince } from './stacks.js';

/** What one stack did with one request. */
export interface Outcome {
  stack: string;
  response: RawResponse;
  reports: Report[];
  declared: DeclaredDifferences;
}

/** A request to a fuzz route that runs `fuzzCase`. */
export function fuzzRequest(fuzzCase: FuzzCase, path = '/fuzz', method = 'GET'): RawRequest {
  return { method, path, headers: { [FUZZ_CASE_HEADER]: encodeFuzzCase(fuzzCase) } };
}

/**
 * Sends `request` to every stack and checks what must hold whatever the request: every stack sends the
 * same bytes, and keeps serving afterwards. Reports are awaited up to `expectedReports`.
 */
export async function probeEveryStack(
  stacks: readonly RunningStack[],
  request: RawRequest,
  expectedReports = 0,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const stack of stacks) {
    const before = stack.reports.length;
    const response = await rawRequest(stack.port, request);
    const reports = await reportsSince(stack, before, expectedReports);
    outcomes.push({ stack: stack.name, response, reports, declared: stack.declared });
    await expectStillServing(stack);
  }
  const [first, ...others] = outcomes as [Outcome, ...Outcome[]];
  for (const other of others) {
    const declared = mergeDeclared(first.declared, other.declared);
    const [a, b] = [first, other].map(({ response }) => comparable(snapshot(response), declared));
    expect(differences(a as WireSnapshot, b as WireSnapshot), `${other.stack} ≠ ${first.stack}`).toEqual([]);
  }
  return outcomes;
}

/** The next request on a new connection succeeds. */
export async function expectStillServing(stack: RunningStack): Promise<void> {
  const next = await rawRequest(stack.port, { method: 'GET', path: '/entities/1' });
  expect(next.status, `${stack.name} keeps serving`).toBe(200);
}
