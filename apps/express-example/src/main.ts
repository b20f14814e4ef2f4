import { listenAddress } from '@httpwire/example-domain';
import { startExpressExample } from './app.js';

const { host, port } = listenAddress(3001);
const running = await startExpressExample(host, port);
console.log(`listening on http://${host}:${running.port}`);
