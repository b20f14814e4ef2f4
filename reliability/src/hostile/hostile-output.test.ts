import { responseHeader } from '@httpwire/conformance';
import { abort, HttpException, HttpResponse, NotFoundException, UnauthorizedException } from '@httpwire/core';
import type { FuzzCase } from '@httpwire/example-domain';
import { describe, expect, it } from 'vitest';
import { fuzzRequest, probeEveryStack } from '../support/probe.js';
import { fuzzStacksForSuite } from '../support/suite-stacks.js';

const INJECTIONS = ['a\r\nInjected: yes', 'a\nInjected: yes', 'a\rInjected: yes', 'a\u0000b'];

describe('hostile output: rejected where it is built', () => {
  it.each(INJECTIONS)('rejects %j in header values, Location and cookies with a TypeError', (bad) => {
    expect(() => new HttpResponse(200, 'x', { 'X-A': bad })).toThrow(TypeError);
    expect(() => HttpResponse.text('x', { headers: { 'Set-Cookie': ['ok=1', `session=${bad}`] } })).toThrow(TypeError);
    expect(() => HttpResponse.redirect(`/next${bad}`)).toThrow(TypeError);
    expect(() => new NotFoundException('x', { headers: { 'X-A': bad } })).toThrow(TypeError);
    expect(() => new UnauthorizedException('x', { challenge: `Bearer ${bad}` })).toThrow(TypeError);
  });

  it.each(['X-Bad\r\nName', 'bad name', '', 'x\u0000', 'x:y'])(
    'rejects the header name %j with a TypeError',
    (name) => {
      expect(() => new HttpResponse(200, 'x', { [name]: 'v' })).toThrow(TypeError);
    },
  );

  it('takes Latin-1 header values as they are and rejects other characters with a clear TypeError', () => {
    expect(new HttpResponse(200, 'x', { 'X-A': 'café' }).headers.get('x-a')).toBe('café');
    expect(() => new HttpResponse(200, 'x', { 'X-A': '€uro' })).toThrow(/Latin-1/);
  });

  it.each([0, 99, 100, 199, 600, 1000, -1, 200.5, Number.NaN])('rejects the status %d with a TypeError', (status) => {
    expect(() => new HttpResponse(status)).toThrow(TypeError);
    expect(() => new HttpException('x', { status })).toThrow(TypeError);
    expect(() => abort(status)).toThrow(TypeError);
  });

  it.each([200, 204, 302])('rejects the success status %d for an exception', (status) => {
    expect(() => new HttpException('x', { status })).toThrow(TypeError);
  });
});

describe('hostile output: what reaches the wire', () => {
  let outputs = 0;
  const stacks = fuzzStacksForSuite({ suite: 'hostile-output', figures: () => ({ hostileOutputs: outputs }) });

  const headerCases: [string, FuzzCase][] = [
    ['CR/LF in a header value', response([['X-A', 'a\r\nInjected: yes']])],
    ['LF in a cookie value', response([['Set-Cookie', 'a=1\nInjected: yes']])],
    ['NUL in a header value', response([['X-A', 'a\u0000b']])],
    ['CR/LF in a header name', response([['X-A\r\nInjected', 'yes']])],
    ['CR/LF in Location', response([['Location', '/next\r\nInjected: yes']], 302)],
    ['a non-Latin-1 header value', response([['X-A', '€uro']])],
    ['an invalid status', response([], 1000)],
    ['CR/LF in an exception header', { kind: 'exception', status: 404, headers: [['X-A', 'a\r\nInjected: yes']] }],
    ['an exception status out of range', { kind: 'exception', status: 200 }],
  ];

  it.each(headerCases)('sends a reported 500 problem for %s, never a split response', async (_, fuzzCase) => {
    outputs += 1;
    const outcomes = await probeEveryStack(stacks, fuzzRequest(fuzzCase), 1);
    for (const { stack, response, reports } of outcomes) {
      expect(response.status, stack).toBe(500);
      expect(responseHeader(response, 'content-type'), stack).toBe('application/problem+json');
      expect(
        response.headers.some(([name]) => name.toLowerCase() === 'injected'),
        stack,
      ).toBe(false);
      expect(
        reports.map((report) => report.error),
        stack,
      ).toEqual([expect.any(TypeError)]);
    }
  });

  it('sends a Latin-1 header value as its byte', async () => {
    outputs += 1;
    const outcomes = await probeEveryStack(stacks, fuzzRequest(response([['X-A', 'café']])));
    for (const { response } of outcomes) expect(responseHeader(response, 'x-a')).toBe('café');
  });

  it('sends an enormous header count whole and well-formed, and keeps serving', async () => {
    outputs += 1;
    const outcomes = await probeEveryStack(
      stacks,
      fuzzRequest(
        response([
          ['Set-Cookie', 'c=1', 5000],
          ['X-A', 'b', 2000],
        ]),
      ),
    );
    for (const { stack, response } of outcomes) {
      expect(response.status, stack).toBe(200);
      expect(response.complete, stack).toBe(true);
      expect(
        response.headers.filter(([name]) => name === 'set-cookie'),
        stack,
      ).toHaveLength(5000);
      expect(responseHeader(response, 'x-a'), stack).toBe(Array(2000).fill('b').join(', '));
    }
  });
});

function response(headers: [string, string, number?][], status = 200): FuzzCase {
  return { kind: 'response', status, headers, body: { type: 'text', text: 'x' } };
}
