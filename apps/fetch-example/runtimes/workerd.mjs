// Serves the fetch example on workerd, Cloudflare's runtime: `pnpm --filter ./apps/fetch-example start:workerd`
// (after the build). workerd reads its address from a config and prints no listening line, so this launcher
// bundles the module, opens the socket itself (PORT=0 included), hands it to workerd, and speaks the example
// apps' contract: the listening line on stdout, workerd's stderr (one line per onError report) passed through.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listenAddress } from '@httpwire/example-domain';
import { build } from 'esbuild';

const { host, port } = listenAddress(3009);
const directory = mkdtempSync(join(tmpdir(), 'httpwire-workerd-'));
// One CommonJS bundle, so that the Node built-ins its dependencies `require()` (http-errors needs `path`) are
// resolved by workerd's Node compatibility (the default since 2026-08-04) at run time; an ES module entry re-exports it as the worker.
await build({
  entryPoints: [fileURLToPath(new URL('../dist/worker.js', import.meta.url))],
  outfile: join(directory, 'app.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'es2022',
  logLevel: 'error',
});
writeFileSync(join(directory, 'worker.js'), "import app from './app.cjs';\nexport default app.default;\n");
writeFileSync(
  join(directory, 'config.capnp'),
  `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", service = "main")],
);
const worker :Workerd.Worker = (
  modules = [
    (name = "worker.js", esModule = embed "worker.js"),
    (name = "app.cjs", commonJsModule = embed "app.cjs"),
  ],
  compatibilityDate = "2026-11-01",
);
`,
);

const socket = createServer();
await new Promise((listening) => socket.listen(port, host, listening));
const actualPort = socket.address().port;
const workerdBinary = createRequire(import.meta.url).resolve('workerd/bin/workerd');
const child = spawn(workerdBinary, ['serve', join(directory, 'config.capnp'), '--socket-fd', 'http=3'], {
  stdio: ['ignore', 'inherit', 'inherit', socket._handle],
});
// workerd owns the socket now; this process kept its copy only to pass it on.
socket.close();
// workerd accepts on the socket before its worker is loaded; the contract's line promises answers.
await untilServing(host, actualPort);
console.log(`listening on http://${host}:${actualPort}`);
/** Resolves once the server answers a request (any status), trying for at most a minute. */
async function untilServing(hostname, listeningPort) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const answered = await new Promise((resolve) => {
      const request = get({ hostname, port: listeningPort, path: '/', agent: false }, (response) => {
        response.resume();
        resolve(true);
      });
      request.on('error', () => resolve(false));
      request.setTimeout(5_000, () => request.destroy());
    });
    if (answered) return;
    if (Date.now() > deadline) throw new Error('workerd did not start serving within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => {
  rmSync(directory, { recursive: true, force: true });
  process.exit(code ?? 0);
});
