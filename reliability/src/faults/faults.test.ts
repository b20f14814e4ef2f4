import { connect } from 'node:net';
import { rawRequest, responseHeader } from '@httpwire/conformance';
import { encodeFuzzCase, FUZZ_CASE_HEADER, type FuzzCase } from '@httpwire/example-domain';
import { describe, expect, it } from 'vitest';
import { expectStillServing, fuzzRequest, probeEveryStack } from '../support/probe.js';
import { reportsSince } from '../support/stacks.js';
import { fuzzStacksForSuite } from '../support/suite-stacks.js';

const SLOW_STREAM: FuzzCase = {
  kind: 'response',
  status: 200,
  headers: [],
  body: { type: 'stream', chunks: ['one\n', 'two\n', 'three\n', 'four\n'], delayMs: 100 },
};

describe('faults', () => {
  let faults = 0;
  const stacks = fuzzStacksForSuite({ suite: 'faults', figures: () => ({ faultsInjected: faults }) });

  it('survives a client that hangs up mid-response, and reports nothing', async () => {
    for (const stack of stacks) {
      const before = stack.reports.length;
      const first = await readFirstChunkThenHangUp(stack.port, SLOW_STREAM);
      faults += 1;
      expect(first, stack.name).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
      // Time for the rest of the stream to run into the closed connection. No correct stack can fail for it: it only
      // gives a stack that wrongly reports the hang-up the time to show it (what is waited for is a report that must
      // never come).
      await new Promise((resolve) => setTimeout(resolve, 450));
      await expectStillServing(stack);
      expect(stack.reports.length, `${stack.name}: a client hanging up is not a server error`).toBe(before);
    }
  });

  it('cuts the connection when a stream fails mid-body, and reports it once', async () => {
    const failing: FuzzCase = { ...SLOW_STREAM, body: { type: 'stream', chunks: ['partial\n', 'x'], failAfter: 1 } };
    const outcomes = await probeEveryStack(stacks, fuzzRequest(failing), 1);
    for (const { stack, response, reports } of outcomes) {
      faults += 1;
      expect(response.body.toString(), stack).toBe('partial\n');
      expect(response.complete, `${stack}: never ends cleanly`).toBe(false);
      expect(
        reports.map((report) => report.line),
        stack,
      ).toEqual([expect.stringContaining('phase=stream')]);
    }
  });

  it('cuts the connection when an error is thrown after the headers went out, and reports it once', async () => {
    const outcomes = await probeEveryStack(stacks, { method: 'GET', path: '/fuzz/after-headers' }, 1);
    for (const { stack, response, reports } of outcomes) {
      faults += 1;
      expect(response.status, stack).toBe(200);
      expect(response.body.toString(), stack).toBe('partial\n');
      expect(response.complete, stack).toBe(false);
      expect(reports, stack).toHaveLength(1);
    }
  });

  it('survives an onError that throws: the 500 goes out and the error was reported once', async () => {
    const crash: FuzzCase = { kind: 'throw', junk: { type: 'error', message: 'x', causes: [] } };
    const outcomes = await probeEveryStack(stacks, fuzzRequest(crash, '/fuzz/on-error-throws'), 1);
    for (const { stack, response, reports } of outcomes) {
      faults += 1;
      expect(response.status, stack).toBe(500);
      expect(reports, stack).toHaveLength(1);
    }
  });

  it('sends a safe default 500 problem when format throws, reported once', async () => {
    const notFound: FuzzCase = { kind: 'exception', status: 404, message: 'No such thing.' };
    const outcomes = await probeEveryStack(stacks, fuzzRequest(notFound, '/fuzz/format-throws'), 1);
    for (const { stack, response, reports } of outcomes) {
      faults += 1;
      expect(response.status, stack).toBe(500);
      expect(responseHeader(response, 'content-type'), stack).toBe('application/problem+json');
      expect(JSON.parse(response.body.toString()), stack).toEqual({
        type: 'about:blank',
        title: 'Internal Server Error',
        status: 500,
        code: 'INTERNAL_SERVER_ERROR',
      });
      expect(
        reports.map((report) => report.line),
        stack,
      ).toEqual([expect.stringContaining('phase=format')]);
    }
  });

  it.each(['bigint', 'circular'] as const)('sends a 500 for a returned %s value, reported once', async (kind) => {
    // A plain value is serialized by the framework (`res.json`, Fastify's serializer), whose failure reaches
    // httpwire as a thrown error; an `HttpResponse.json` of one is core's own serialization failure.
    const returned: FuzzCase = { kind: 'return', value: 'x', unserializable: kind };
    for (const { stack, response, reports } of await probeEveryStack(stacks, fuzzRequest(returned), 1)) {
      faults += 1;
      expect(response.status, stack).toBe(500);
      expect(reports, stack).toHaveLength(1);
    }
  });

  it('keeps every stack serving after all of it', async () => {
    for (const stack of stacks) {
      const before = stack.reports.length;
      const response = await rawRequest(stack.port, { method: 'GET', path: '/entities/1' });
      expect(response.status).toBe(200);
      expect(await reportsSince(stack, before, 0)).toEqual([]);
    }
  });
});

/** Reads the status line and first chunk of a slow stream, then destroys the connection. */
function readFirstChunkThenHangUp(port: number, fuzzCase: FuzzCase): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('connect', () =>
      socket.write(`GET /fuzz HTTP/1.1\r\nHost: x\r\n${FUZZ_CASE_HEADER}: ${encodeFuzzCase(fuzzCase)}\r\n\r\n`),
    );
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString('latin1'));
    });
    socket.on('error', reject);
    // Generous, for a loaded machine: the first chunk comes after one 100 ms step of the stream.
    socket.setTimeout(20_000, () => socket.destroy(new Error('no first chunk')));
  });
}
