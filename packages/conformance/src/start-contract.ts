import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { rawRequest } from './raw-http.js';

// Generous: Deno and workerd compile the app on a cold start, on a busy 2-core machine.
const START_TIMEOUT_MS = 60_000;

/** A built example app started as its own process, the way `pnpm --filter <app> start` runs it. */
export interface StartedProcess {
  /** The first stdout line. */
  listeningLine: string;
  port: number;
  /** Every stderr line so far. */
  stderr: string[];
  stop(): void;
  /** Settles when the process has exited. */
  exited: Promise<void>;
}

/**
 * Starts an app in `cwd` with `env`, and waits for its listening line: `node <command>` for a string (default
 * `dist/main.js`), or `[executable, ...arguments]` for another runtime (`['bun', 'runtimes/bun.mjs']`). The
 * listening line is the first stdout line, unless `listening` picks another; its first group is the port.
 *
 * @example
 * ```ts
 * const app = await startProcess(appDirectory, { HOST: '127.0.0.1', PORT: '0' });
 * ```
 */
export function startProcess(
  cwd: string,
  env: Record<string, string>,
  command: string | readonly [string, ...string[]] = 'dist/main.js',
  listening?: RegExp,
): Promise<StartedProcess> {
  const [executable, ...args] = typeof command === 'string' ? [process.execPath, command] : command;
  // Its own process group: a runtime started through npm's shim script (`node_modules/.bin/bun`) runs as the shim's
  // child, which a signal to the shim alone would leave running.
  const child: ChildProcess = spawn(executable, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const stop = () => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  const stderr: string[] = [];
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  createInterface({ input: child.stderr as NodeJS.ReadableStream }).on('line', (line) => stderr.push(line));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`no listening line within ${START_TIMEOUT_MS} ms; stderr: ${stderr.join('\n')}`));
    }, START_TIMEOUT_MS);
    child.once('exit', (code) => reject(new Error(`exited with ${code}; stderr: ${stderr.join('\n')}`)));
    const stdout = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    const onLine = (line: string) => {
      const match = (listening ?? /:(\d+)$/).exec(line);
      if (listening !== undefined && match === null) return;
      stdout.off('line', onLine);
      clearTimeout(timer);
      resolve({ listeningLine: line, port: Number(match?.[1]), stderr, stop, exited });
    };
    stdout.on('line', onLine);
  });
}

/**
 * Checks an app's start contract: it runs built, listens on `HOST:PORT`, prints
 * `listening on http://HOST:PORT` with the exact address, and writes one stderr line per `onError`
 * call naming the request path.
 *
 * @example
 * ```ts
 * defineStartContract('express', fileURLToPath(new URL('..', import.meta.url)));
 * ```
 */
export function defineStartContract(
  name: string,
  appDirectory: string,
  env: Record<string, string> = {},
  command?: string | readonly [string, ...string[]],
): void {
  describe(`start contract: ${name}`, () => {
    let started: StartedProcess | undefined;
    afterAll(() => started?.stop());

    it('prints the exact address it listens on and reports 5xx on stderr', async () => {
      started = await startProcess(appDirectory, { ...env, HOST: '127.0.0.1', PORT: '0' }, command);
      expect(started.listeningLine).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+$/);
      expect((await rawRequest(started.port, { method: 'GET', path: '/entities/1' })).status).toBe(200);
      expect((await rawRequest(started.port, { method: 'GET', path: '/crash' })).status).toBe(500);
      expect((await rawRequest(started.port, { method: 'GET', path: '/teapot' })).status).toBe(418);
      // The report is a stderr line that may arrive after the response: wait for it, not for any first line.
      const reported = (stderr: readonly string[]) => stderr.some((line) => line.includes('/crash'));
      for (let waited = 0; !reported(started.stderr) && waited < 20_000; waited += 20) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(started.stderr.filter((line) => line.includes('/crash'))).toHaveLength(1);
      expect(started.stderr.some((line) => line.includes('/teapot'))).toBe(false);
    }, 90_000);
  });
}

/**
 * A stack served by its own process, for the conformance suite and the demo: its `onError` reports are the
 * stderr lines the example apps write for them, and anything else the runtime logs is left out.
 *
 * @example
 * ```ts
 * defineConformanceSuite('fetch on bun', processServer(appDirectory, ['bun', 'runtimes/bun.mjs']));
 * ```
 */
export function processServer(
  appDirectory: string,
  command: string | readonly [string, ...string[]],
  env: Record<string, string> = {},
): () => Promise<{ port: number; reports: readonly string[]; close(): Promise<void> }> {
  return async () => {
    const started = await startProcess(appDirectory, { ...env, HOST: '127.0.0.1', PORT: '0' }, command);
    const reports: string[] = [];
    const { stderr } = started;
    return {
      port: started.port,
      get reports() {
        reports.push(...stderr.splice(0).filter((line) => line.startsWith('httpwire onError')));
        return reports;
      },
      close: async () => {
        started.stop();
        await started.exited;
      },
    };
  };
}
