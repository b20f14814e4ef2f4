// `pnpm test:under-load`: a tool for finding flaky tests, not a gate. It clones the current commit twice into a
// temporary directory, installs each clone, and runs the README's test command in both at the same time, uncached,
// while one CPU hog per core keeps the machine busy: a developer's machine while other work runs. Every server the
// tests start listens on an ephemeral port, so the two runs never meet. Local only, never in CI.
//
// Prints each run's wall time and result, and exits non-zero if either failed. The clones are removed at the end
// (`--keep` keeps them); a failed run's log is kept and its path printed. Bounded: the tests, and the hogs with them,
// are stopped after `--limit-minutes` (default 120) whatever happens.
//
//   node scripts/test-under-load.mjs [--keep] [--limit-minutes=N] [--command='<shell command>']
//
// `--command` replaces the test command in each clone by a shell command, to try this script itself with something
// quick: --command='node -e "setTimeout(() => {}, 2000)"'.
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';

const PNPM = ['-y', 'pnpm@10.34.9'];
const RUNS = ['a', 'b'];

const { values: flags } = parseArgs({
  options: {
    keep: { type: 'boolean', default: false },
    'limit-minutes': { type: 'string', default: '120' },
    command: { type: 'string' },
  },
});
const limitMs = Number(flags['limit-minutes']) * 60 * 1000;
if (!(limitMs > 0)) throw new TypeError(`--limit-minutes must be a positive number, got ${flags['limit-minutes']}`);
const standIn = flags.command;

const root = fileURLToPath(new URL('..', import.meta.url));
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const sha = git('rev-parse', 'HEAD');
const log = (line) => console.log(`test:under-load: ${line}`);
if (git('status', '--porcelain', '--untracked-files=no') !== '') {
  log(`uncommitted changes are not tested: the clones hold the commit ${sha.slice(0, 12)}`);
}

// The runs' environment: the caller's, without what `pnpm run` set for this script's own package.
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([name]) => !/^(npm_package_|npm_lifecycle_)/.test(name) && !['INIT_CWD', 'PNPM_SCRIPT_SRC_DIR'].includes(name),
  ),
);
const testEnv = { ...env, TURBO_TELEMETRY_DISABLED: '1', TURBO_FORCE: 'true' };

const workDirectory = mkdtempSync(join(tmpdir(), 'httpwire-under-load-'));
const cloneOf = (run) => join(workDirectory, run);
const logOf = (run) => join(workDirectory, `${run}.log`);
/** The process groups this script started and has not seen end, each with its end, so that a stop reaches them all. */
const running = new Map();
let hogs = [];
let stopping = false;

/**
 * Runs `command` in its own process group; each output line goes to `logFile` and, prefixed with `label`, to the
 * console. Resolves to the exit code (a signal counts as a failure).
 */
function run(label, command, args, { cwd, env: childEnv = env, logFile, shell = false }) {
  const child = spawn(command, args, { cwd, env: childEnv, shell, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const file = logFile === undefined ? undefined : createWriteStream(logFile, { flags: 'a' });
  for (const stream of [child.stdout, child.stderr]) {
    let partial = '';
    stream.on('data', (data) => {
      file?.write(data);
      const lines = (partial + data.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) console.log(`[${label}] ${line}`);
    });
    stream.on('end', () => {
      if (partial !== '') console.log(`[${label}] ${partial}`);
    });
  }
  // A process the command left behind holding its output would keep `close` from coming: end its group.
  child.on('exit', () =>
    setTimeout(() => {
      if (running.has(child.pid)) signalGroup(child.pid, 'SIGKILL');
    }, 10_000).unref(),
  );
  const end = new Promise((resolve) => {
    child.on('error', (error) => {
      console.log(`[${label}] ${error.message}`);
      if (child.pid === undefined) resolve(1);
    });
    child.on('close', (code, signal) => {
      running.delete(child.pid);
      file?.end();
      resolve(code ?? (signal === null ? 1 : 128));
    });
  });
  if (child.pid !== undefined) running.set(child.pid, end);
  return end;
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * Ends every process group this script started that is still running (SIGKILL 10 s after SIGTERM), and the hogs;
 * resolves once they ended.
 */
async function stopAll() {
  const groups = [...running.keys()];
  const ends = [...running.values()];
  for (const pid of groups) signalGroup(pid, 'SIGTERM');
  const kill = setTimeout(() => {
    for (const pid of groups) if (running.has(pid)) signalGroup(pid, 'SIGKILL');
  }, 10_000);
  await Promise.all([...ends, ...hogs.map((hog) => hog.terminate())]);
  clearTimeout(kill);
  hogs = [];
}

function cleanUp(failedRuns) {
  if (flags.keep) {
    log(`kept the clones and logs in ${workDirectory}`);
    return;
  }
  if (failedRuns.length === 0) {
    rmSync(workDirectory, { recursive: true, force: true });
    return;
  }
  for (const name of RUNS) {
    rmSync(cloneOf(name), { recursive: true, force: true });
    if (!failedRuns.includes(name)) rmSync(logOf(name), { force: true });
  }
  log(`the log of each failed run is kept: ${failedRuns.map(logOf).join(', ')}`);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping the runs and the hogs`);
    await stopAll();
    cleanUp([]);
    process.exit(130);
  });
}

let limitPassed = false;
const limit = setTimeout(async () => {
  limitPassed = true;
  log(`the ${flags['limit-minutes']} min limit passed: stopping the runs and the hogs`);
  await stopAll();
}, limitMs);

// Two clones of the one commit, each installed as a fresh clone is.
for (const name of RUNS) {
  execFileSync('git', ['clone', '--quiet', '--no-hardlinks', '--no-checkout', root, cloneOf(name)]);
  try {
    execFileSync('git', ['-C', cloneOf(name), 'checkout', '--quiet', '--detach', sha], { stdio: 'ignore' });
  } catch {
    // A commit on no branch of the original is not cloned with it.
    execFileSync('git', ['-C', cloneOf(name), 'fetch', '--quiet', root, sha]);
    execFileSync('git', ['-C', cloneOf(name), 'checkout', '--quiet', '--detach', sha]);
  }
}
log(`cloned ${sha.slice(0, 12)} twice into ${workDirectory}; installing both`);
const installs = await Promise.all(
  RUNS.map((name) =>
    run(`${name} install`, 'npx', [...PNPM, 'install', '--frozen-lockfile', '--prefer-offline'], {
      cwd: cloneOf(name),
      logFile: logOf(name),
    }),
  ),
);
if (stopping) process.exit(130);
if (installs.some((code) => code !== 0)) {
  clearTimeout(limit);
  await stopAll();
  log(`an install failed (exit codes ${installs.join(', ')}); no test ran`);
  cleanUp(RUNS.filter((_, index) => installs[index] !== 0));
  process.exit(1);
}

const hogEnd = Date.now() + limitMs;
hogs = Array.from(
  { length: availableParallelism() },
  () =>
    new Worker(
      `const end = ${hogEnd};
       let x = 0;
       while (Date.now() < end) for (let i = 0; i < 1e6; i++) x = (x + i) % 7;`,
      { eval: true },
    ),
);
const commandText = standIn ?? `npx ${PNPM.join(' ')} test`;
log(`${hogs.length} CPU hogs running; both clones run \`${commandText}\` at once (TURBO_FORCE=true)`);

const started = Date.now();
const results = await Promise.all(
  RUNS.map(async (name) => {
    const options = { cwd: cloneOf(name), env: testEnv, logFile: logOf(name) };
    const code =
      standIn === undefined
        ? await run(name, 'npx', [...PNPM, 'test'], options)
        : await run(name, standIn, [], { ...options, shell: true });
    const seconds = Math.round((Date.now() - started) / 1000);
    const outcome = code === 0 ? 'passed' : limitPassed ? 'was stopped at the limit' : `failed (exit code ${code})`;
    log(`run ${name} ${outcome} in ${seconds} s under load`);
    return { name, code, seconds };
  }),
);
clearTimeout(limit);
await stopAll();

const wall = Math.round((Date.now() - started) / 1000);
const failed = results.filter((result) => result.code !== 0).map((result) => result.name);
for (const { name, code, seconds } of results) {
  log(`  ${name}: ${code === 0 ? 'passed' : `FAILED (${code})`}, wall time ${seconds} s`);
}
log(`${failed.length === 0 ? 'both runs passed' : `${failed.length} of 2 runs failed`}; wall time ${wall} s`);
cleanUp(failed);
process.exit(failed.length === 0 ? 0 : 1);
