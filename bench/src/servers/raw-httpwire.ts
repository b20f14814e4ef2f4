import { createServer, type ServerResponse } from 'node:http';
import { HttpResponse, NotFoundException, toWire, type WireResponse } from '@httpwire/core';
import { COOKIES, crash, JSON_BODY, TEXT_BODY } from '../routes.js';
import { countReportedError, listenOnLoopback, type RunningServer } from './running-server.js';

const options = { onError: countReportedError };

function handle(url: string | undefined): HttpResponse {
  switch (url) {
    case '/json':
    case '/response-json':
      return HttpResponse.json(JSON_BODY);
    case '/text':
      return HttpResponse.text(TEXT_BODY, { headers: { 'set-cookie': COOKIES } });
    case '/crash':
      return crash();
    default:
      throw new NotFoundException();
  }
}

/** Writes the wire form in one `writeHead`: a flat name/value list keeps repeated `set-cookie` lines. */
function writeWire(res: ServerResponse, wire: WireResponse): void {
  const flat: string[] = [];
  for (const [name, value] of wire.headers) flat.push(name, value);
  res.writeHead(wire.status, wire.statusText, flat);
  res.end(wire.body as Uint8Array | null);
}

/** Raw `node:http` with core only: `toWire` and a hand-written writer, the floor of what a binding costs. */
export function startRawHttpwire(): Promise<RunningServer> {
  const server = createServer((req, res) => {
    const request = { method: req.method, accept: req.headers.accept, path: req.url };
    let outcome: unknown;
    try {
      outcome = handle(req.url);
    } catch (error) {
      outcome = error;
    }
    writeWire(res, toWire(outcome, request, options));
  });
  return listenOnLoopback(server);
}
