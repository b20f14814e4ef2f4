import { connect } from 'node:net';
import { type RawRequest, responseHeader } from '@httpwire/conformance';
import { describe, expect, it } from 'vitest';
import { expectStillServing, probeEveryStack } from '../support/probe.js';
import { fuzzStacksForSuite } from '../support/suite-stacks.js';

const JSON_TYPE = { 'Content-Type': 'application/json', Authorization: 'Bearer t' };
/** How long a socket may stay silent before the test gives up on an answer: generous, for a loaded machine. */
const ANSWER_TIMEOUT_MS = 20_000;
const HTTP_DATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

function predict(body: string, headers: Record<string, string> = JSON_TYPE): RawRequest {
  return { method: 'POST', path: '/predict', headers, body, observeClose: true };
}

const REJECTED_BODIES: [string, RawRequest, number][] = [
  ['malformed JSON', predict('{"features": [1, 2,,]}'), 400],
  ['truncated JSON', predict('{"features": [1, 2'), 400],
  ['JSON with a lone surrogate escape and garbage', predict('{"a":"\\ud800"}}}'), 400],
  ['a body over the limit', predict(`{"features":"${'x'.repeat(200_000)}"}`), 413],
  ['a missing content-type', predict('{"features":[1]}', { Authorization: 'Bearer t' }), 415],
  ['a wrong content-type', predict('{"features":[1]}', { ...JSON_TYPE, 'Content-Type': 'text/csv' }), 415],
  ['an absurd content-type', predict('{"features":[1]}', { ...JSON_TYPE, 'Content-Type': ';;;/==' }), 415],
];

const ODD_REQUESTS: [string, RawRequest, number][] = [
  ['a 10 KB Accept header', get({ Accept: `${'application/json;q=0.5, '.repeat(430)}*/*` }), 404],
  ['an absurd Accept value', get({ Accept: ';;q=,,/,*/*;q=abc;;' }), 404],
  ['an Accept of only parameters', get({ Accept: ';q=1' }), 404],
  [
    'an Accept with a thousand types',
    get({ Accept: Array.from({ length: 1000 }, (_, i) => `a/b${i}`).join(',') }),
    404,
  ],
  ['invalid percent-encoding in the path', { method: 'GET', path: '/entities/%E0%A4%A' }, 400],
  ['a lone % in the path', { method: 'GET', path: '/entities/100%' }, 400],
  ['an encoded NUL in the path', { method: 'GET', path: '/entities/%00' }, 404],
];

function get(headers: Record<string, string>): RawRequest {
  return { method: 'GET', path: '/entities/42', headers };
}

describe('hostile input', () => {
  let inputs = 0;
  const stacks = fuzzStacksForSuite({ suite: 'hostile-input', figures: () => ({ hostileInputs: inputs }) });

  it.each(REJECTED_BODIES)('answers %s with a clear %d and closes the connection', async (_, request, status) => {
    inputs += 1;
    const outcomes = await probeEveryStack(stacks, request);
    for (const { stack, response, reports } of outcomes) {
      expect(response.status, stack).toBe(status);
      expect(responseHeader(response, 'content-type'), stack).toBe('application/problem+json');
      expect(response.closedByServer, stack).toBe(true);
      expect(reports, stack).toEqual([]);
    }
  });

  it.each(ODD_REQUESTS)('answers %s with a clear %d', async (_, request, status) => {
    inputs += 1;
    const outcomes = await probeEveryStack(stacks, request);
    for (const { stack, response } of outcomes) {
      expect(response.status, stack).toBe(status);
      expect(response.complete, stack).toBe(true);
    }
  });

  it("answers headers over Node's 16 KB limit with a 431 problem that has a Date, and keeps serving", async () => {
    inputs += 1;
    const outcomes = await probeEveryStack(stacks, get({ Accept: 'a/b,'.repeat(5000) }));
    for (const { stack, response } of outcomes) {
      expect(response.status, stack).toBe(431);
      expect(responseHeader(response, 'content-type'), stack).toBe('application/problem+json');
      expect(responseHeader(response, 'connection'), stack).toBe('close');
      expect(responseHeader(response, 'date'), stack).toMatch(HTTP_DATE);
    }
  });

  it('answers an HTTP/1.1 request without Host with a 400 problem that has a Date, and closes', async () => {
    inputs += 1;
    const request: RawRequest = { method: 'GET', path: '/entities/1', omitHost: true, observeClose: true };
    for (const { stack, response } of await probeEveryStack(stacks, request)) {
      expect(response.status, stack).toBe(400);
      expect(JSON.parse(response.body.toString()).code, stack).toBe('MISSING_HOST');
      expect(responseHeader(response, 'date'), stack).toMatch(HTTP_DATE);
      expect(response.closedByServer, stack).toBe(true);
    }
  });

  it('answers a declared body over the limit with the 413 before the body arrives', async () => {
    inputs += 1;
    // Only the head is sent: a stack that waited for the body would never answer.
    const request: RawRequest = {
      method: 'POST',
      path: '/predict',
      headers: { ...JSON_TYPE, 'Content-Length': '10000000' },
      observeClose: true,
    };
    for (const { stack, response } of await probeEveryStack(stacks, request)) {
      expect(response.status, stack).toBe(413);
      expect(responseHeader(response, 'connection'), stack).toBe('close');
      expect(response.closedByServer, stack).toBe(true);
    }
  });

  it('reads a body that arrives slowly, a few bytes at a time', async () => {
    inputs += 1;
    for (const stack of stacks) {
      const response = await dripRequest(stack.port, '{"features":[1,2,3]}', 40);
      expect(response, stack.name).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    }
  });

  it('survives a body that stalls and a client that gives up, without a report', async () => {
    inputs += 1;
    for (const stack of stacks) {
      const before = stack.reports.length;
      await stallThenHangUp(stack.port, 300);
      await expectStillServing(stack);
      expect(stack.reports.length, stack.name).toBe(before);
    }
  });

  it('answers garbage instead of HTTP with the same 400 problem on every stack', async () => {
    inputs += 1;
    const replies: string[] = [];
    for (const stack of stacks) {
      // The `date` line is left out: stacks answered in different seconds still sent the same bytes.
      replies.push((await sendRaw(stack.port, 'NOT HTTP AT ALL\r\n\r\n')).replace(/^date: .*\r\n/im, ''));
      await expectStillServing(stack);
    }
    expect(replies[0]).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n[\s\S]*content-type: application\/problem\+json\r\n/);
    expect(new Set(replies).size).toBe(1);
  });
});

function predictHead(length: number): string {
  return `POST /predict HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: Bearer t\r\nContent-Length: ${length}\r\nConnection: close\r\n\r\n`;
}

/** Sends the body in 3-byte pieces, `delayMs` apart (bounded: a 20-byte body takes under half a second). */
function dripRequest(port: number, body: string, delayMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (data) => {
      received += data.toString('latin1');
    });
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
    socket.on('connect', async () => {
      socket.write(predictHead(Buffer.byteLength(body)));
      for (let index = 0; index < body.length; index += 3) {
        await new Promise((done) => setTimeout(done, delayMs));
        socket.write(body.slice(index, index + 3));
      }
    });
    socket.setTimeout(ANSWER_TIMEOUT_MS, () => socket.destroy(new Error('no answer to a slow body')));
  });
}

/** Announces a 1,000-byte body, sends ten bytes, waits, then closes the connection. */
function stallThenHangUp(port: number, waitMs: number): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('connect', () => {
      socket.write(`${predictHead(1000)}{"features"`);
      setTimeout(() => {
        socket.destroy();
        resolve();
      }, waitMs);
    });
    socket.on('error', () => resolve());
  });
}

function sendRaw(port: number, bytes: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('connect', () => socket.write(bytes));
    socket.on('data', (data) => {
      received += data.toString('latin1');
    });
    socket.on('close', () => resolve(received));
    socket.on('error', () => resolve(received));
    socket.setTimeout(ANSWER_TIMEOUT_MS, () => socket.destroy());
  });
}
