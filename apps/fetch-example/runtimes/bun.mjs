// Serves the fetch example on Bun: `pnpm --filter ./apps/fetch-example start:bun` (after the build).
import { listenAddress } from '@httpwire/example-domain';
import app from '../dist/worker.js';

const { host, port } = listenAddress(3007);
const server = Bun.serve({ fetch: app.fetch, hostname: host, port });
console.log(`listening on http://${host}:${server.port}`);
