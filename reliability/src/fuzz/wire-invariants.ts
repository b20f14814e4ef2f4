import { hasProblemMemberOrder, type RawResponse, responseHeader } from '@httpwire/conformance';
import { isHttpResponse } from '@httpwire/core';
import { encodeFuzzCase, runFuzzCase } from '@httpwire/example-domain';
import { type FuzzRequest, SECRET } from './fuzz-arbitraries.js';

/**
 * Whether the case's message and `details` may reach the client: an exposed `HttpException` with a valid
 * status, another library's 4xx, or a value the handler returned (unless it cannot be serialized).
 */
export function exposesMessage({ fuzzCase }: FuzzRequest): boolean {
  if (fuzzCase.kind === 'throw') {
    const { junk } = fuzzCase;
    // Another library's 4xx keeps its message, as it would without httpwire.
    return (junk.type === 'http-errors' || junk.type === 'boom') && junk.status < 500;
  }
  // A returned value is the handler's data, sent as it is, unless it cannot be serialized.
  if (fuzzCase.kind === 'return') return fuzzCase.unserializable === undefined;
  if (fuzzCase.kind !== 'exception') return false;
  const { status, expose } = fuzzCase;
  if (!Number.isInteger(status) || status < 400 || status > 599) return false;
  return expose ?? status < 500;
}

/**
 * How a streamed body's source fails on the wire: `cut` after a first chunk went out (the connection is
 * cut), `early` before any (a clean 500), or not at all (no failure, or a body that is never read).
 */
export function streamFailure(request: FuzzRequest): 'cut' | 'early' | undefined {
  const { method, fuzzCase } = request;
  if (method === 'HEAD' || fuzzCase.kind !== 'response' || fuzzCase.body.type !== 'stream') return undefined;
  if (!buildsResponse(request)) return undefined;
  const { status, body } = fuzzCase;
  if (body.failAfter === undefined || [204, 205, 304].includes(status)) return undefined;
  return body.failAfter > 0 && body.chunks.length > 0 ? 'cut' : 'early';
}

/**
 * The rules core promises for any outcome, checked on the bytes: a well-formed status line, framing that
 * matches the body, no body where RFC 9110 forbids one, `nosniff` on errors, well-formed problems, and
 * no secret unless an exposed exception carried it.
 */
export function wireViolations(request: FuzzRequest, response: RawResponse): string[] {
  const found: string[] = [];
  const expect = (ok: boolean, rule: string) => {
    if (!ok) found.push(rule);
  };
  expect(/^HTTP\/1\.1 [2-5]\d\d [^\r\n]*$/.test(response.statusLine), `status line: ${response.statusLine}`);
  expect(response.status >= 200 && response.status <= 599, 'final status in 200..599');
  for (const [name, value] of response.headers) {
    expect(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name), `header name is a token: ${JSON.stringify(name)}`);
    expect(!/[\r\n\0]/.test(value), `header value has no CR, LF or NUL: ${JSON.stringify(value)}`);
  }
  const cut = streamFailure(request) === 'cut';
  expect(response.complete !== cut, cut ? 'a failed stream is cut' : 'the response is complete');

  const length = responseHeader(response, 'content-length');
  const bodyless = request.method === 'HEAD' || response.status === 204 || response.status === 304;
  if (bodyless) expect(response.body.byteLength === 0, 'no body on HEAD, 204 or 304');
  else if (length !== undefined) expect(Number(length) === response.body.byteLength, 'content-length matches the body');
  if (response.status === 204) {
    expect(length === undefined, '204 has no content-length');
    expect(responseHeader(response, 'transfer-encoding') === undefined, '204 has no transfer-encoding');
  }
  if (response.status >= 400)
    expect(responseHeader(response, 'x-content-type-options') === 'nosniff', 'errors carry nosniff');

  const wire =
    response.headers.map(([name, value]) => `${name}: ${value}`).join('\n') + response.body.toString('latin1');
  if (!exposesMessage(request)) expect(!wire.includes(SECRET), 'no secret on the wire');

  const type = responseHeader(response, 'content-type');
  // An explicit response may be JSON with an error status; only httpwire's own errors are negotiated problems.
  const explicit = request.fuzzCase.kind === 'response' || request.fuzzCase.kind === 'return';
  const problemTypes = explicit ? ['application/problem+json'] : ['application/problem+json', 'application/json'];
  if (response.status >= 400 && problemTypes.includes(type ?? '') && !bodyless) {
    found.push(...problemViolations(response));
  }
  return found;
}

function problemViolations(response: RawResponse): string[] {
  let problem: Record<string, unknown>;
  try {
    problem = JSON.parse(response.body.toString()) as Record<string, unknown>;
  } catch {
    return ['a problem body is JSON'];
  }
  const found: string[] = [];
  const keys = Object.keys(problem);
  if (!hasProblemMemberOrder(keys)) found.push('problem member order');
  if (problem.status !== response.status) found.push('problem status matches the status line');
  if (
    problem.type === 'about:blank' &&
    response.statusLine !== `HTTP/1.1 ${response.status} ${String(problem.title)}`
  ) {
    found.push('problem title matches the reason phrase');
  }
  if (typeof problem.type !== 'string' || typeof problem.code !== 'string') found.push('problem type and code');
  return found;
}

/** Whether the handler's response can be built at all: an invalid status or header is a `TypeError` (a 500). */
export function buildsResponse({ fuzzCase }: FuzzRequest): boolean {
  if (fuzzCase.kind !== 'response') return false;
  try {
    const response = runFuzzCase(encodeFuzzCase(fuzzCase));
    return isHttpResponse(response);
  } catch {
    return false;
  }
}

/**
 * How many `onError` reports the request must cause: one per 5xx from a thrown value, one for a response
 * that could not be built, one per failed stream.
 */
export function expectedReports(request: FuzzRequest, response: RawResponse): number {
  const { fuzzCase } = request;
  if (fuzzCase.kind !== 'response') return response.status >= 500 ? 1 : 0;
  return !buildsResponse(request) || streamFailure(request) !== undefined ? 1 : 0;
}
