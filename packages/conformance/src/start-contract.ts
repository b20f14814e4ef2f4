import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { rawRequest } from './raw-http.js';

const START_TIMEOUT_MS = 15_000;

/** A built example app started as its own process, the way `pnpm --filter <app> start` runs it. */
export interface StartedProcess {
  /** The first stdout line. */
  listeningLine: string;
  port: number;
  /** Every stderr line so far. */
  stderr: string[];
  stop(): void;
}

/**
 * Starts `node <entry>` (default `dist/main.js`) in `cwd` with `env`, and waits for its listening line.
 *
 * @example
 * const app = await startProcess(appDirectory, { HOST: '127.0.0.1', PORT: '0' });
 */
export function startProcess(
  cwd: string,
  env: Record<string, string>,
  entry = 'dist/main.js',
): Promise<StartedProcess> {
  const child: ChildProcess = spawn(process.execPath, [entry], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  createInterface({ input: child.stderr as NodeJS.ReadableStream }).on('line', (line) => stderr.push(line));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`no listening line within ${START_TIMEOUT_MS} ms; stderr: ${stderr.join('\n')}`));
    }, START_TIMEOUT_MS);
    child.once('exit', (code) => reject(new Error(`exited with ${code}; stderr: ${stderr.join('\n')}`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).once('line', (line) => {
      clearTimeout(timer);
      const port = Number(/:(\d+)$/.exec(line)?.[1]);
      resolve({ listeningLine: line, port, stderr, stop: () => child.kill() });
    });
  });
}

/**
 * Checks an app's start contract: it runs built, listens on `HOST:PORT`, prints
 * `listening on http://HOST:PORT` with the exact address, and writes one stderr line per `onError`
 * call naming the request path.
 *
 * @example
 * defineStartContract('express', fileURLToPath(new URL('..', import.meta.url)));
 */
export function defineStartContract(name: string, appDirectory: string, env: Record<string, string> = {}): void {
  describe(`start contract: ${name}`, () => {
    let started: StartedProcess | undefined;
    afterAll(() => started?.stop());

    it('prints the exact address it listens on and reports 5xx on stderr', async () => {
      started = await startProcess(appDirectory, { ...env, HOST: '127.0.0.1', PORT: '0' });
      expect(started.listeningLine).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+$/);
      expect((await rawRequest(started.port, { method: 'GET', path: '/entities/1' })).status).toBe(200);
      expect((await rawRequest(started.port, { method: 'GET', path: '/crash' })).status).toBe(500);
      expect((await rawRequest(started.port, { method: 'GET', path: '/teapot' })).status).toBe(418);
      for (let waited = 0; started.stderr.length === 0 && waited < 2000; waited += 20) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(started.stderr.filter((line) => line.includes('/crash'))).toHaveLength(1);
      expect(started.stderr.some((line) => line.includes('/teapot'))).toBe(false);
    }, 30_000);
  });
}
