// `pnpm test:under-load`: the README's test command while a bounded CPU hog keeps every core busy, as a developer's
// machine is while CI-like work runs. Local only, never in CI. Prints the test command's time and exits with its code.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** No hog outlives this, whatever happens to the test command. */
const HOG_LIMIT_MS = 45 * 60 * 1000;

const hogs = Array.from(
  { length: availableParallelism() },
  () =>
    new Worker(
      `const end = Date.now() + ${HOG_LIMIT_MS};
       let x = 0;
       while (Date.now() < end) for (let i = 0; i < 1e6; i++) x = (x + i) % 7;`,
      { eval: true },
    ),
);
console.log(`test:under-load: ${hogs.length} CPU hogs running (stopped after the tests, or after 45 min at most)`);

const started = Date.now();
const test = spawn('npx', ['-y', 'pnpm@10.34.9', 'test'], {
  stdio: 'inherit',
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_FORCE: 'true' },
});
test.on('exit', async (code) => {
  await Promise.all(hogs.map((hog) => hog.terminate()));
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(
    `test:under-load: the test command ${code === 0 ? 'passed' : `failed (${code})`} in ${seconds} s under load`,
  );
  process.exit(code ?? 1);
});
