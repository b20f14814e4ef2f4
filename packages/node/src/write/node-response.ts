import type { ServerResponse } from 'node:http';
import { pipeline, Readable } from 'node:stream';
import {
  earlyStreamFailureWire,
  emptiedWire,
  startStream,
  type ToWireOptions,
  type WireRequest,
  type WireResponse,
} from '@httpwire/core';
import { isHttp2Request } from '../headers/http2.js';
import { type HeaderAccess, setWireHeaders } from '../headers/set-wire-headers.js';

/**
 * Writes a wire response exactly as core produced it through Node's own `ServerResponse` methods
 * (what Express's `res` is): no `res.send`, so no `ETag`, no added `charset` and no HTML. Headers set
 * earlier (CORS, request ids) stay; stale framing headers go. A stream is written from its first chunk;
 * one that fails before it gets the error's response for `request` under `options` instead.
 */
export function writeNodeResponse(
  res: ServerResponse,
  wire: WireResponse,
  request: WireRequest,
  options: ToWireOptions,
): void {
  const { body } = wire;
  if (body !== null && !(body instanceof Uint8Array)) {
    startStream(body)
      .then((started) => {
        if ('error' in started) {
          writeNodeResponse(res, earlyStreamFailureWire(started.error, request, options), request, options);
        } else if (started.empty) writeNodeResponse(res, emptiedWire(wire), request, options);
        else pipeStream(res, wire, started.stream);
      })
      .catch(() => res.destroy());
    return;
  }
  writeHead(res, wire);
  res.end(body ?? undefined);
}

function pipeStream(res: ServerResponse, wire: WireResponse, stream: AsyncIterable<Uint8Array>): void {
  if (res.destroyed) {
    stream[Symbol.asyncIterator]().return?.();
    return;
  }
  writeHead(res, wire);
  // Each chunk is one write, so one HTTP chunk. A failing source destroys the response: the
  // connection is cut and never ends with a terminating chunk. Core has already reported the failure.
  pipeline(Readable.from(stream, { objectMode: false }), res, () => {});
}

function writeHead(res: ServerResponse, wire: WireResponse): void {
  const http2 = isHttp2Request(res.req);
  res.statusCode = wire.status;
  // HTTP/2 has no reason phrase; Node warns when one is set.
  if (!http2) res.statusMessage = wire.statusText;
  setWireHeaders(res, wire.headers, NODE_RESPONSE_HEADERS, http2);
}

const NODE_RESPONSE_HEADERS: HeaderAccess<ServerResponse> = {
  get: (res, name) => res.getHeader(name),
  // Only what is there is removed: Node takes removing `transfer-encoding` or `content-length` as an order
  // never to add them, which would leave a stream without chunked framing.
  remove: (res, name) => res.removeHeader(name),
  set: (res, name, value) => res.setHeader(name, value),
};
