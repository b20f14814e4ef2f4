import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { RunnerMessage, ServerMessage, ServerProbe } from './server-protocol.js';
import type { Stack, Variant } from './stacks.js';

const SERVER_MAIN = fileURLToPath(new URL('./server-main.js', import.meta.url));
const START_TIMEOUT_MS = 30_000;
/** Generous, as the start's: the smoke test runs the bench on a machine loaded by every other package's tests. */
const REPLY_TIMEOUT_MS = 30_000;

/** A server child seen from the runner. */
export interface ServerProcess {
  port: number;
  /** Collects garbage in the server and returns its used heap. */
  heapMark(): Promise<ServerProbe>;
  /** The server's used heap, collections since the mark and CPU time, without collecting. */
  heapRead(): Promise<ServerProbe>;
  stop(): Promise<void>;
}

export interface ServerProcessOptions {
  /** Core to pin the server to with `taskset`; none when undefined. */
  cpu: number | undefined;
  nodeFlags?: readonly string[];
}

function nextMessage(child: ChildProcess, type: ServerMessage['type'], timeoutMs: number): Promise<ServerMessage> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => finish(new Error(`server did not answer ${type} within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const onMessage = (message: ServerMessage) => {
      if (message.type === 'failed') finish(new Error(message.message));
      else if (message.type === type) finish(undefined, message);
    };
    const onExit = (code: number | null) => finish(new Error(`server exited (code ${code}) before ${type}`));
    function finish(error: Error | undefined, message?: ServerMessage): void {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error === undefined) resolve(message as ServerMessage);
      else reject(error);
    }
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

const START_ATTEMPTS = 3;
const RETRY_DELAY_MS = 3000;

/**
 * Starts `stack`'s server in `variant` in its own child process, with NODE_ENV=production. A failed start
 * is tried again twice (a workspace package being rebuilt meanwhile is briefly missing its dist).
 */
export async function startServerProcess(
  stack: Stack,
  variant: Variant,
  options: ServerProcessOptions,
): Promise<ServerProcess> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(stack, variant, options);
    } catch (error) {
      if (attempt >= START_ATTEMPTS) throw error;
      process.stderr.write(`${stack} ${variant} did not start (${(error as Error).message}); retrying\n`);
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    }
  }
}

async function startOnce(
  stack: Stack,
  variant: Variant,
  { cpu, nodeFlags = [] }: ServerProcessOptions,
): Promise<ServerProcess> {
  const nodeArgs = [...nodeFlags, SERVER_MAIN, stack, variant];
  const [command, args] =
    cpu === undefined ? [process.execPath, nodeArgs] : ['taskset', ['-c', String(cpu), process.execPath, ...nodeArgs]];
  const child = spawn(command, args, {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const send = (message: RunnerMessage) => child.send(message);
  let listening: ServerMessage;
  try {
    listening = await nextMessage(child, 'listening', START_TIMEOUT_MS);
  } catch (error) {
    child.kill();
    throw error;
  }
  const heap = async (message: RunnerMessage) => {
    const reply = nextMessage(child, 'heap', REPLY_TIMEOUT_MS);
    send(message);
    const { usedBytes, collections, cpuMicros } = (await reply) as Extract<ServerMessage, { type: 'heap' }>;
    return { usedBytes, collections, cpuMicros };
  };
  return {
    port: (listening as Extract<ServerMessage, { type: 'listening' }>).port,
    heapMark: () => heap({ type: 'heap-mark' }),
    heapRead: () => heap({ type: 'heap-read' }),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(killer);
          resolve();
        });
        send({ type: 'close' });
      }),
  };
}
