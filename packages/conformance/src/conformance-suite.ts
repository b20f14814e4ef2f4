import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CatalogueCase, catalogue } from './catalogue.js';
import { comparable, type DeclaredDifferences } from './declared-differences.js';
import { hasProblemMemberOrder } from './problem-member-order.js';
import { type RawResponse, rawRequest, responseHeader } from './raw-http.js';
import { snapshot } from './wire-snapshot.js';

/** A running example app, as the suite needs it. */
export interface RunningServer {
  port: number;
  /** One line per `onError` call, appended as they happen. */
  reports: readonly string[];
  close(): Promise<void>;
}

/** Starts an app on 127.0.0.1, port 0. */
export type StartServer = () => Promise<RunningServer>;

/** Text that must never reach the wire: the secrets the catalogue's routes throw. */
export const SECRETS = ['hunter2', 'secret', 'disk went away'];

/**
 * Runs the route catalogue against one app and checks the rules every stack must keep:
 * statuses, RFC 9110 framing, `content-length`, problem members, no secret on the wire, required
 * headers, `connection: close` exactly on rejected bodies, streams, and one `onError` report per 5xx.
 *
 * @example
 * ```ts
 * defineConformanceSuite('express', async () => {
 *   const reports: string[] = [];
 *   const running = await startExpressExample('127.0.0.1', 0, (line) => reports.push(line));
 *   return { port: running.port, reports, close: running.close };
 * });
 * ```
 */
export function defineConformanceSuite(name: string, start: StartServer, declared: DeclaredDifferences = {}): void {
  describe(`conformance: ${name}`, () => {
    let server: RunningServer;
    beforeAll(async () => {
      server = await start();
    });
    afterAll(async () => {
      await server.close();
    });

    for (const [aspect, reason] of Object.entries(declared)) {
      if (reason !== undefined) it.skip(`declared difference, ${aspect}: ${reason}`, () => {});
    }
    for (const entry of catalogue()) {
      it(entry.name, async () => {
        const before = server.reports.length;
        const response = await send(server.port, entry);
        checkResponse(entry, response, declared);
        await checkReports(server, before, entry, response);
        if (entry.method === 'HEAD') await checkHeadMatchesGet(server, entry, response, declared);
        if (entry.cutAfter !== undefined) {
          const next = await rawRequest(server.port, { method: 'GET', path: '/entities/1' });
          expect(next.status, 'the server keeps serving after a cut stream').toBe(200);
        }
      });
    }
  });
}

/** Sends one catalogue case. */
export function send(port: number, entry: CatalogueCase): Promise<RawResponse> {
  return rawRequest(port, {
    method: entry.method,
    path: entry.path,
    ...(entry.headers === undefined ? {} : { headers: entry.headers }),
    ...(entry.body === undefined ? {} : { body: entry.body }),
    observeClose: entry.rejectsBody === true,
  });
}

function checkResponse(entry: CatalogueCase, response: RawResponse, declared: DeclaredDifferences): void {
  expect(response.status, 'status').toBe(entry.status);
  const wireText = response.headers.map(([n, v]) => `${n}: ${v}`).join('\n') + response.body.toString('latin1');
  for (const secret of SECRETS) expect(wireText, 'no secret on the wire').not.toContain(secret);

  const contentLength = responseHeader(response, 'content-length');
  if (entry.method === 'HEAD') expect(response.body.byteLength, 'HEAD has no body').toBe(0);
  else if (contentLength !== undefined && response.complete) {
    expect(response.body.byteLength, 'content-length matches the body').toBe(Number(contentLength));
  }
  if (entry.status === 204) {
    expect(contentLength, '204 has no content-length').toBeUndefined();
    expect(responseHeader(response, 'content-type'), '204 has no content-type').toBeUndefined();
    expect(response.body.byteLength).toBe(0);
  }
  if (entry.status >= 400) expect(responseHeader(response, 'x-content-type-options')).toBe('nosniff');
  if (entry.status === 401)
    expect(responseHeader(response, 'www-authenticate'), '401 carries www-authenticate').toBeDefined();
  if (entry.status === 405) expect(responseHeader(response, 'allow'), '405 carries allow').toBeDefined();

  if (entry.rejectsBody) {
    if (declared.connectionClose === undefined) {
      expect(responseHeader(response, 'connection'), 'a rejected body closes the connection').toBe('close');
      expect(response.closedByServer, 'the server closed the connection').toBe(true);
    }
  } else {
    expect(responseHeader(response, 'connection')?.toLowerCase()).not.toBe('close');
  }

  if (entry.cutAfter !== undefined) {
    expect(response.body.toString(), 'bytes sent before the failure stay').toBe(entry.cutAfter);
    expect(response.complete, 'a failed stream never ends cleanly').toBe(false);
  } else {
    expect(response.complete, 'the response is complete').toBe(true);
  }
  if (entry.path === '/responses/stream' && entry.method === 'GET' && declared.chunking === undefined) {
    expect(
      response.chunks?.map((chunk) => chunk.toString()),
      'one HTTP chunk per source chunk',
    ).toEqual(['chunk-1\n', 'chunk-2\n', 'chunk-3\n']);
  }
  if (entry.path === '/credit' && entry.method === 'GET') {
    expect(response.body.toString(), 'RFC 9457 §3’s example, member for member').toBe(JSON.stringify(RFC_9457_CREDIT));
  }
  checkProblem(entry, response, declared);
}

/** The out-of-credit problem of RFC 9457 §3, in the member order httpwire writes, with httpwire's `code`. */
const RFC_9457_CREDIT = {
  type: 'https://example.com/probs/out-of-credit',
  title: 'You do not have enough credit.',
  status: 403,
  detail: 'Your current balance is 30, but that costs 50.',
  instance: '/account/12345/msgs/abc',
  code: 'OUT_OF_CREDIT',
  balance: 30,
  accounts: ['/account/12345', '/account/67890'],
};

function checkProblem(entry: CatalogueCase, response: RawResponse, declared: DeclaredDifferences): void {
  const type = responseHeader(response, 'content-type');
  if (type !== 'application/problem+json' && !(entry.status >= 400 && type === 'application/json')) return;
  const accept = entry.headers?.Accept;
  expect(type, 'negotiated problem type').toBe(
    accept === 'application/json' ? 'application/json' : 'application/problem+json',
  );
  expect(responseHeader(response, 'vary')).toMatch(/accept/i);
  if (entry.method === 'HEAD') return;
  const problem = JSON.parse(response.body.toString()) as Record<string, unknown>;
  const keys = Object.keys(problem);
  expect(hasProblemMemberOrder(keys), `problem members in order: ${keys.join()}`).toBe(true);
  expect(typeof problem.type).toBe('string');
  expect(typeof problem.code).toBe('string');
  expect(problem.status).toBe(response.status);
  // RFC 9457 §4.2.1: an `about:blank` problem's title is the status's phrase; a problem type has its own.
  if (problem.type === 'about:blank' && declared.reasonPhrase === undefined) {
    expect(response.statusLine, 'title and status line agree').toBe(
      `HTTP/1.1 ${response.status} ${String(problem.title)}`,
    );
  }
  if (problem.detail !== undefined) expect(problem.detail).not.toBe(problem.title);
}

async function checkHeadMatchesGet(
  server: RunningServer,
  entry: CatalogueCase,
  head: RawResponse,
  declared: DeclaredDifferences,
): Promise<void> {
  if (entry.cutAfter !== undefined || entry.path.startsWith('/responses/stream') || entry.path === '/stream-fail')
    return;
  const before = server.reports.length;
  const get = await send(server.port, { ...entry, method: 'GET' });
  // A server in another process reports on stderr, which may arrive after the response: wait for the GET's own
  // report here, or the next case would count it.
  await reportsAfter(server, before, get.status >= 500 ? 1 : 0);
  const headers = (response: RawResponse) => comparable(snapshot(response), declared).headers;
  expect(headers(head), 'HEAD has the GET headers').toEqual(headers(get));
}

async function checkReports(
  server: RunningServer,
  before: number,
  entry: CatalogueCase,
  response: RawResponse,
): Promise<void> {
  const expected = (response.status >= 500 ? 1 : 0) + (entry.cutAfter === undefined ? 0 : 1);
  const reports = await reportsAfter(server, before, expected, entry.cutAfter === undefined ? 0 : 30);
  expect(reports.length, `onError reports for ${entry.name}`).toBe(expected);
  const path = entry.path.split('?')[0] as string;
  for (const report of reports) expect(report).toContain(path);
}

/**
 * The reports since `before`, once `expected` of them arrived (or a few seconds passed). In-process servers report
 * before they write the response; one in another process reports on stderr, which may arrive after it. A stream's
 * failure follows the cut closely, so `settleMs` waits a little longer for a report too many.
 */
async function reportsAfter(
  server: RunningServer,
  before: number,
  expected: number,
  settleMs = 0,
): Promise<readonly string[]> {
  for (let waited = 0; server.reports.length - before < expected && waited < 20_000; waited += 10) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  return server.reports.slice(before);
}
