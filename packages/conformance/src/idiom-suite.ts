import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RawRequest, type RawResponse, rawRequest, responseHeader } from './raw-http.js';

/**
 * One thing an app does in its framework's own idiom (a plugin, a status the handler set, a file it sends),
 * and the request that shows it.
 */
export interface IdiomCase {
  /** What the app does, as the closing table names it. */
  name: string;
  request: RawRequest;
  /**
   * `'same'`: a success (or anything the app decided), which httpwire must leave byte for byte as it is.
   * A status: an error, which both apps answer with that status, httpwire's as a problem.
   * `{ without, with }`: an error the framework answers with a wrong status (a 500 for a client's upload over
   * the limit), which httpwire corrects.
   */
  outcome: 'same' | number | { without: number; with: number };
  /** Headers whose values legitimately differ between the two apps (besides `date`); they must still both be there or both be absent. */
  volatileHeaders?: readonly string[];
  /** Headers an error keeps: present with httpwire when the native answer has them (`retry-after`, CORS). */
  keepHeaders?: readonly string[];
}

/** A running app, as the idiom suite needs it. */
export interface IdiomServer {
  port: number;
  close(): Promise<void>;
}

/** One row of the table the suite writes: what the request got without httpwire, and with it. */
interface IdiomRow {
  name: string;
  without: string;
  with: string;
  verdict: string;
}

/**
 * Runs each case against the same app built twice, without httpwire and with it, and checks the rule that
 * httpwire decides only what the app left undecided: successes are identical byte for byte (`date` aside);
 * errors keep their status and become problems. Cases run in order, against the same two apps, so that
 * stateful plugins (rate limiters) see the same history. The table of outcomes is written to
 * `test-results/idioms-<framework>.md`.
 *
 * @example
 * ```ts
 * defineIdiomSuite('Express 5', cases, (withHttpwire) => startApp(withHttpwire));
 * ```
 */
export function defineIdiomSuite(
  framework: string,
  cases: readonly IdiomCase[],
  start: (withHttpwire: boolean) => Promise<IdiomServer>,
): void {
  describe(`idioms: ${framework}, without and with httpwire`, () => {
    let native: IdiomServer;
    let wired: IdiomServer;
    const rows: IdiomRow[] = [];
    beforeAll(async () => {
      [native, wired] = await Promise.all([start(false), start(true)]);
    });
    afterAll(async () => {
      await Promise.all([native?.close(), wired?.close()]);
      writeTable(framework, rows);
    });

    for (const entry of cases) {
      it(entry.name, async () => {
        const without = await rawRequest(native.port, entry.request);
        const withHttpwire = await rawRequest(wired.port, entry.request);
        rows.push({
          name: entry.name,
          without: describeResponse(without),
          with: describeResponse(withHttpwire),
          verdict: entry.outcome === 'same' ? 'identical' : 'problem',
        });
        if (entry.outcome === 'same') expectSame(without, withHttpwire, entry.volatileHeaders ?? []);
        else expectProblem(without, withHttpwire, entry.outcome, entry.keepHeaders ?? []);
      });
    }
  });
}

function expectSame(without: RawResponse, withHttpwire: RawResponse, volatile: readonly string[]): void {
  const ignored = new Set(['date', ...volatile]);
  const view = (response: RawResponse) => ({
    statusLine: response.statusLine,
    headers: response.headers
      .map(([name, value]) => [name.toLowerCase(), value] as const)
      .map(([name, value]) => `${name}: ${ignored.has(name) ? '…' : value}`),
    body: response.body.toString('latin1'),
    complete: response.complete,
  });
  expect(view(withHttpwire), 'the app decided this response: httpwire leaves it as it is').toEqual(view(without));
}

function expectProblem(
  without: RawResponse,
  withHttpwire: RawResponse,
  outcome: number | { without: number; with: number },
  keep: readonly string[],
): void {
  const status = typeof outcome === 'number' ? outcome : outcome.with;
  expect(without.status, 'the status without httpwire').toBe(typeof outcome === 'number' ? outcome : outcome.without);
  expect(withHttpwire.status, 'the status with httpwire').toBe(status);
  expect(responseHeader(withHttpwire, 'content-type'), 'an error is a problem').toMatch(
    /^application\/(problem\+)?json$/,
  );
  if (withHttpwire.body.byteLength > 0) {
    const problem = JSON.parse(decoded(withHttpwire).toString()) as Record<string, unknown>;
    expect(problem.status).toBe(status);
  }
  for (const name of keep) {
    if (responseHeader(without, name) === undefined) continue;
    expect(responseHeader(withHttpwire, name), `the error keeps ${name}`).toBeDefined();
  }
}

/** The body without its `content-encoding` (a compression plugin may encode problems too). */
function decoded(response: RawResponse): Buffer {
  const encoding = responseHeader(response, 'content-encoding');
  if (encoding === 'gzip') return gunzipSync(response.body);
  if (encoding === 'deflate') return inflateSync(response.body);
  if (encoding === 'br') return brotliDecompressSync(response.body);
  return response.body;
}

function describeResponse(response: RawResponse): string {
  const type = responseHeader(response, 'content-type') ?? 'no type';
  return `${response.status} ${type}, ${response.body.byteLength} B${response.complete ? '' : ', cut'}`;
}

function writeTable(framework: string, rows: readonly IdiomRow[]): void {
  const lines = [
    `| ${framework}: what the app does | without httpwire | with httpwire | rule |`,
    '| --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.name.replaceAll('|', '\\|')} | ${row.without} | ${row.with} | ${row.verdict} |`),
  ];
  mkdirSync('test-results', { recursive: true });
  const file = `idioms-${framework.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.md`;
  writeFileSync(join('test-results', file), `${lines.join('\n')}\n`);
}
