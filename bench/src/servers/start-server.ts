import type { Stack, Variant } from '../stacks.js';
import type { RunningServer } from './running-server.js';

/** Starts one stack's server in one variant, in this process. Only that server's framework is loaded. */
export async function startServer(stack: Stack, variant: Variant): Promise<RunningServer> {
  const native = variant === 'native';
  switch (stack) {
    case 'raw':
      return native
        ? (await import('./raw-native.js')).startRawNative()
        : (await import('./raw-httpwire.js')).startRawHttpwire();
    case 'express':
      return native
        ? (await import('./express-native.js')).startExpressNative()
        : (await import('./express-httpwire.js')).startExpressHttpwire();
    case 'fastify':
      return native
        ? (await import('./fastify-native.js')).startFastifyNative()
        : (await import('./fastify-httpwire.js')).startFastifyHttpwire();
    case 'nest-express':
      return (await import('./nest-app.js')).startNest('express', variant);
    case 'nest-fastify':
      return (await import('./nest-app.js')).startNest('fastify', variant);
    case 'hono':
      return native
        ? (await import('./hono-native.js')).startHonoNative()
        : (await import('./hono-httpwire.js')).startHonoHttpwire();
  }
}
