import { listenAddress } from '@httpwire/example-domain';
import { startHonoExample } from './app.js';

const { host, port } = listenAddress(3005);
const running = await startHonoExample(host, port);
console.log(`listening on http://${host}:${running.port}`);
