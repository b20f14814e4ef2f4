// Serves the fetch example on Deno: `pnpm --filter ./apps/fetch-example start:deno` (after the build).
import { listenAddress } from '@httpwire/example-domain';
import app from '../dist/worker.js';

const { host, port } = listenAddress(3008);
Deno.serve(
  { hostname: host, port, onListen: (address) => console.log(`listening on http://${host}:${address.port}`) },
  app.fetch,
);
