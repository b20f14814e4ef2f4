import { listenAddress } from '@httpwire/example-domain';
import { startFetchExample } from './node-server.js';

const { host, port } = listenAddress(3006);
const running = await startFetchExample(host, port);
console.log(`listening on http://${host}:${running.port}`);
