import { listenAddress } from '@httpwire/example-domain';
import { type NestPlatform, startNestExample } from './app.js';

const platform = (process.env.NEST_PLATFORM ?? 'express') as NestPlatform;
if (platform !== 'express' && platform !== 'fastify') {
  throw new TypeError(`NEST_PLATFORM must be express or fastify, got ${platform}`);
}
const { host, port } = listenAddress(platform === 'express' ? 3003 : 3004);
const running = await startNestExample(platform, host, port);
console.log(`listening on http://${host}:${running.port}`);
