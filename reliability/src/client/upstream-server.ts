import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

/** How an upstream sends its body after the status line and headers. */
export type BodyBehaviour =
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'gzip'; bytes: Uint8Array }
  | { kind: 'stall-after'; bytes: Uint8Array }
  | { kind: 'endless'; chunk: Uint8Array }
  | { kind: 'cut-after'; bytes: Uint8Array };

/** One upstream answer: any status a fetch client gets as a response, any headers, any body. */
export interface UpstreamAnswer {
  status: number;
  headers: readonly (readonly [string, string])[];
  body: BodyBehaviour;
}

/** What an endless body writes at most, so that the loop is bounded even if the client never hangs up. */
const ENDLESS_LIMIT_BYTES = 64 * 1024 * 1024;

/**
 * A hostile upstream on 127.0.0.1: it answers each request with the answer `next()` gives. Stalled responses are
 * ended when the server closes.
 */
export async function startUpstream(next: () => UpstreamAnswer): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((_request, response) => {
    const { status, headers, body } = next();
    for (const [name, value] of headers) response.appendHeader(name, value);
    if (body.kind === 'gzip') response.setHeader('content-encoding', 'gzip');
    response.writeHead(status);
    // The status line and headers go out now, even when no body byte follows (a stalled body, an empty chunk).
    response.flushHeaders();
    switch (body.kind) {
      case 'bytes':
        response.end(body.bytes);
        return;
      case 'gzip':
        response.end(gzipSync(body.bytes));
        return;
      case 'stall-after':
        response.write(body.bytes);
        return;
      case 'cut-after':
        response.write(body.bytes, () => response.socket?.destroy());
        return;
      case 'endless': {
        let written = 0;
        const pump = () => {
          while (written < ENDLESS_LIMIT_BYTES && !response.destroyed) {
            written += body.chunk.byteLength;
            if (!response.write(body.chunk)) return response.once('drain', pump);
          }
          response.end();
        };
        pump();
      }
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
