import { createServer as createHttpServer, type Server } from 'node:http';
import { type AddressInfo, createServer as createNetServer, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { rawRequest } from './raw-http.js';

const servers: { close(): unknown }[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) server.close();
});

async function listening(server: Server | ReturnType<typeof createNetServer>): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** An HTTP server that answers every request with its path, counting connections and requests. */
async function echoServer(connectionClose = false) {
  const seen = { connections: 0, requests: [] as string[] };
  const server = createHttpServer((req, res) => {
    seen.requests.push(`${req.method} ${req.url}`);
    if (connectionClose) res.setHeader('Connection', 'close');
    res.end(req.url);
  });
  server.on('connection', () => {
    seen.connections += 1;
  });
  return { port: await listening(server), seen };
}

describe('rawRequest', () => {
  it('sends nothing more without observeClose', async () => {
    const { port, seen } = await echoServer();
    const response = await rawRequest(port, { method: 'GET', path: '/one' });
    expect([response.status, response.body.toString(), response.closedByServer, response.followUp]).toEqual([
      200,
      '/one',
      false,
      undefined,
    ]);
    expect(seen.requests).toEqual(['GET /one']);
  });

  it('proves a connection stays open by a follow-up answered on it', async () => {
    const { port, seen } = await echoServer();
    const response = await rawRequest(port, { method: 'GET', path: '/one', observeClose: true });
    expect([response.closedByServer, response.followUp?.status, response.followUp?.body.toString()]).toEqual([
      false,
      200,
      '/one',
    ]);
    expect([seen.connections, seen.requests]).toEqual([1, ['GET /one', 'GET /one']]);
  });

  it('sends the follow-up it is given', async () => {
    const { port, seen } = await echoServer();
    const response = await rawRequest(port, {
      method: 'POST',
      path: '/one',
      body: '{}',
      followUp: { method: 'GET', path: '/two' },
    });
    expect([response.closedByServer, response.followUp?.body.toString()]).toEqual([false, '/two']);
    expect([seen.connections, seen.requests]).toEqual([1, ['POST /one', 'GET /two']]);
  });

  it('sees the server close the connection after a response that says connection: close', async () => {
    const { port } = await echoServer(true);
    const response = await rawRequest(port, { method: 'GET', path: '/one', observeClose: true });
    expect([response.status, response.closedByServer, response.followUp]).toEqual([200, true, undefined]);
  });

  it('waits for a close that comes late, as on a loaded machine, rather than for a fixed short time', async () => {
    const server = createNetServer((socket: Socket) => {
      socket.once('data', () => {
        socket.write('HTTP/1.1 413 Content Too Large\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        // Well past the 400 ms the old fixed wait gave up after.
        setTimeout(() => socket.destroy(), 1500);
      });
    });
    const port = await listening(server);
    const response = await rawRequest(port, { method: 'POST', path: '/', body: '{', observeClose: true });
    expect([response.status, response.closedByServer, response.followUp]).toEqual([413, true, undefined]);
  });

  it('reads the bytes past a response as the start of the answer to the follow-up', async () => {
    const answer = 'HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\n';
    const server = createNetServer((socket: Socket) => {
      socket.once('data', () => socket.write(`${answer}a${answer}b`));
    });
    const port = await listening(server);
    const response = await rawRequest(port, { method: 'GET', path: '/', observeClose: true });
    expect([response.body.toString(), response.closedByServer, response.followUp?.body.toString()]).toEqual([
      'a',
      false,
      'b',
    ]);
  });
});
