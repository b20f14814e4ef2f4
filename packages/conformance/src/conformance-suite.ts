import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CatalogueCase, catalogue } from './catalogue.js';
import { comparable, type DeclaredDifferences } from './declared-differences.js';
import { hasProblemMemberOrder } from './problem-member-order.js';
import { type EdgeAnswer, httpwireAnswerOf, PROTOCOL_EDGES, type ProtocolEdge, sendEdge } from './protocol-edges.js';
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
 * headers, `connection: close` exactly on rejected bodies, streams, and one `onError` report per 5xx;
 * then the protocol edges (`PROTOCOL_EDGES`).
 *
 * Every difference from what Node's stacks send is one of the declared aspects, and is measured: an observed
 * difference that is not declared fails its case, and the last tests fail for each declared one never observed.
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
    const observed = new Observed(declared);
    beforeAll(async () => {
      server = await start();
    });
    afterAll(async () => {
      await server.close();
    });

    for (const entry of catalogue()) {
      it(entry.name, async () => {
        const before = server.reports.length;
        const response = await send(server.port, entry);
        checkResponse(entry, response, observed);
        await checkReports(server, before, entry, response);
        if (entry.method === 'HEAD') await checkHeadMatchesGet(server, entry, response, declared);
        if (entry.cutAfter !== undefined) {
          const next = await rawRequest(server.port, { method: 'GET', path: '/entities/1' });
          expect(next.status, 'the server keeps serving after a cut stream').toBe(200);
          // A report too many for the cut would have come before the server answered the next request.
          const expected = (response.status >= 500 ? 1 : 0) + 1;
          expect(server.reports.length - before, `onError reports for ${entry.name}, then the next request`).toBe(
            expected,
          );
        }
      });
    }
    for (const edge of PROTOCOL_EDGES) {
      it(`protocol edge: ${edge.name}`, async () => {
        const before = server.reports.length;
        const response = await sendEdge(server.port, edge);
        const answer = checkEdge(edge, response, observed);
        // httpwire reports its own 5xx answers; a runtime's own answer never reached it.
        const expected = answer !== undefined && answer.status >= 500 ? 1 : 0;
        const reports = await reportsAfter(server, before, expected);
        expect(reports.length, 'one onError report per 5xx of httpwire, none for the rest').toBe(expected);
      });
    }
    for (const [aspect, reason] of Object.entries(declared)) {
      if (reason === undefined) continue;
      it(`declared difference, ${aspect}: ${reason}`, () => {
        expect(
          observed.where(aspect as keyof DeclaredDifferences),
          `declared, but no response showed it: "${reason}"`,
        ).toBeDefined();
      });
    }
  });
}

/**
 * The differences a stack's responses showed, by declared aspect (the first case that showed each). One that is not
 * declared fails where it is seen.
 */
class Observed {
  private readonly seen = new Map<keyof DeclaredDifferences, string>();

  constructor(private readonly declared: DeclaredDifferences) {}

  difference(aspect: keyof DeclaredDifferences, where: string, what: string): void {
    expect(this.declared[aspect], `${where}: ${what}, which no declared difference (${aspect}) allows`).toBeDefined();
    if (!this.seen.has(aspect)) this.seen.set(aspect, where);
  }

  where(aspect: keyof DeclaredDifferences): string | undefined {
    return this.seen.get(aspect);
  }
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

function checkResponse(entry: CatalogueCase, response: RawResponse, observed: Observed): void {
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

  const layout = nodeLayoutDifference(response);
  if (layout !== undefined) observed.difference('headerLayout', entry.name, layout);
  if (entry.rejectsBody) {
    checkRejectedBodyConnection(entry.name, response, observed);
  } else {
    expect(responseHeader(response, 'connection')?.toLowerCase()).not.toBe('close');
  }

  if (entry.cutAfter !== undefined) {
    expect(response.body.toString(), 'bytes sent before the failure stay').toBe(entry.cutAfter);
    expect(response.complete, 'a failed stream never ends cleanly').toBe(false);
  } else {
    expect(response.complete, 'the response is complete').toBe(true);
  }
  if (entry.path === '/responses/stream' && entry.method === 'GET') {
    const chunks = response.chunks?.map((chunk) => chunk.toString());
    expect(response.body.toString(), 'the bytes of the stream').toBe('chunk-1\nchunk-2\nchunk-3\n');
    if (JSON.stringify(chunks) !== JSON.stringify(['chunk-1\n', 'chunk-2\n', 'chunk-3\n'])) {
      observed.difference('chunking', entry.name, `HTTP chunks ${JSON.stringify(chunks)}, not one per source chunk`);
    }
  }
  if (entry.path === '/credit' && entry.method === 'GET') {
    expect(response.body.toString(), 'RFC 9457 §3’s example, member for member').toBe(JSON.stringify(RFC_9457_CREDIT));
  }
  checkProblem(entry, response, observed);
}

/**
 * A response that rejects a body says `connection: close` and the server closes the connection; a stack that does
 * neither or only one declares it. Either way the server must do one or the other: close, or answer on it.
 */
function checkRejectedBodyConnection(where: string, response: RawResponse, observed: Observed): void {
  if (responseHeader(response, 'connection')?.toLowerCase() !== 'close') {
    observed.difference('connectionHeader', where, 'a rejected body without connection: close');
  }
  if (!response.closedByServer) {
    expect(response.followUp, 'the server closes the connection, or answers the next request on it').toBeDefined();
    observed.difference('connectionReuse', where, 'the connection stayed open after a rejected body');
  }
}

/** The headers Node's `http` module adds after the app's, in this order and this case. */
const NODE_TRAILER = ['Date', 'Connection', 'Keep-Alive', 'Transfer-Encoding'];

/**
 * How a response's header layout differs from the one Node's stacks send, or `undefined`: httpwire's headers (names
 * lowercase, in name order) then Node's own, `Date`, `Connection` and `Keep-Alive` (unless httpwire's said
 * `connection`) and `Transfer-Encoding` for a chunked body.
 */
function nodeLayoutDifference(response: RawResponse): string | undefined {
  const names = response.headers.map(([name]) => name);
  const split = names.findIndex((name) => NODE_TRAILER.includes(name));
  const own = split === -1 ? names : names.slice(0, split);
  const trailer = split === -1 ? [] : names.slice(split);
  const sorted = [...own].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const expected = [
    'Date',
    ...(own.includes('connection') ? [] : ['Connection', 'Keep-Alive']),
    ...(response.chunks === undefined ? [] : ['Transfer-Encoding']),
  ];
  if (
    own.some((name) => name !== name.toLowerCase()) ||
    own.join() !== sorted.join() ||
    trailer.join() !== expected.join()
  ) {
    return `headers laid out as ${names.join(', ')}`;
  }
  return undefined;
}

/**
 * A protocol edge: httpwire's answer (one of the edge's), or, declared, the runtime's own (which still has the
 * status the edge requires of any answer). A rejection of the request's framing or body closes the connection.
 */
function checkEdge(edge: ProtocolEdge, response: RawResponse | undefined, observed: Observed): EdgeAnswer | undefined {
  const where = `protocol edge: ${edge.name}`;
  const answer = httpwireAnswerOf(edge, response);
  if (answer === undefined) {
    const got =
      response === undefined ? 'no answer' : `${response.statusLine} ${response.body.toString().slice(0, 200)}`;
    observed.difference('protocolAnswers', where, `answered with ${got}`);
    if (edge.status !== undefined) expect(response?.status, 'the status any answer must have').toBe(edge.status);
    // A runtime may refuse a method with its own 501; a 500 is a failure, whoever answers.
    if (response !== undefined) expect(response.status, 'never an internal error').not.toBe(500);
    return undefined;
  }
  if (response === undefined) return undefined;
  if (response.status >= 400) expect(responseHeader(response, 'x-content-type-options')).toBe('nosniff');
  if (answer.closes) checkRejectedBodyConnection(where, response, observed);
  return answer;
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

function checkProblem(entry: CatalogueCase, response: RawResponse, observed: Observed): void {
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
  if (
    problem.type === 'about:blank' &&
    response.statusLine !== `HTTP/1.1 ${response.status} ${String(problem.title)}`
  ) {
    observed.difference(
      'reasonPhrase',
      entry.name,
      `${response.statusLine}, for a problem titled "${String(problem.title)}"`,
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
  const reports = await reportsAfter(server, before, expected);
  expect(reports.length, `onError reports for ${entry.name}`).toBe(expected);
  const path = entry.path.split('?')[0] as string;
  for (const report of reports) expect(report).toContain(path);
}

/**
 * The reports since `before`, once `expected` of them arrived (or 20 s passed, for a loaded machine). In-process
 * servers report before they write the response; one in another process reports on stderr, which may arrive after
 * it.
 */
async function reportsAfter(server: RunningServer, before: number, expected: number): Promise<readonly string[]> {
  for (let waited = 0; server.reports.length - before < expected && waited < 20_000; waited += 10) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return server.reports.slice(before);
}
