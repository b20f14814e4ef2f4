import { listenAddress } from '@httpwire/example-domain';
import { serve } from 'srvx';
import app from './worker.js';

const { host, port } = listenAddress(3006);
const server = serve({ fetch: app.fetch, hostname: host, port, silent: true });
await server.ready();
const address = server.node?.server?.address();
console.log(`listening on http://${host}:${typeof address === 'object' && address !== null ? address.port : port}`);
