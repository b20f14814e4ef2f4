import { listenAddress } from '@httpwire/example-domain';
import { startFastifyExample } from './app.js';

const { host, port } = listenAddress(3002);
const running = await startFastifyExample(host, port);
console.log(`listening on http://${host}:${running.port}`);
