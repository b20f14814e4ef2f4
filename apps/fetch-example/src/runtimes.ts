import { fileURLToPath } from 'node:url';
import type { DeclaredDifferences } from '@httpwire/conformance';

/** The app's directory, where every runtime's command runs. */
export const FETCH_EXAMPLE_DIRECTORY = fileURLToPath(new URL('..', import.meta.url));

/** A runtime that serves the fetch example, the command that starts it from the app's directory, and the bytes it owns. */
export interface FetchRuntime {
  name: string;
  command: readonly [string, ...string[]];
  declared: DeclaredDifferences;
}

/**
 * Every runtime the fetch example is proven on. Each command is the one its `start:*` script runs; the binaries
 * come from npm (`bun`, `deno`) into the app's `node_modules/.bin`.
 */
export const RUNTIMES: readonly FetchRuntime[] = [
  { name: 'node', command: [process.execPath, 'dist/main.js'], declared: {} },
  {
    name: 'bun',
    command: ['node_modules/.bin/bun', 'runtimes/bun.mjs'],
    declared: {
      reasonPhrase:
        "Bun.serve writes its own table's phrases (413 Payload Too Large) and ignores a Response's statusText",
      headerLayout:
        'Bun capitalizes header names, writes set-cookie first and content-length and date last, sends no connection or keep-alive, and no date on HEAD',
      chunking:
        'Bun joins the chunks of a stream that are ready together: the catalogue stream goes out as one body with content-length',
      protocolAnswers:
        'Bun answers some requests itself before the app: it closes the connection without an answer on an unknown method (BREW) and on a body cut short, and answers OPTIONS * with its own empty 400',
    },
  },
  {
    name: 'deno',
    command: ['node_modules/.bin/deno', 'run', '--allow-net', '--allow-env', '--allow-read', 'runtimes/deno.mjs'],
    declared: {
      reasonPhrase:
        "Deno.serve writes its own table's phrases (413 Payload Too Large) and ignores a Response's statusText",
      headerLayout:
        'Deno writes content-length and date after the response headers, sends no keep-alive, and a second connection: close after a 413 it closes itself',
      chunking: 'Deno joins the chunks of a stream that are ready together into one HTTP chunk',
      connectionReuse:
        'Deno.serve keeps the connection open after a rejected body it read to the end (400), though the response says connection: close; after a 413 it closes it',
      protocolAnswers:
        'Deno answers two Host headers itself with an empty 400, and hands an unknown method (BREW) to the app, whose router answers 404',
    },
  },
  {
    name: 'workerd',
    // workerd reads its address from a config; the launcher bundles the module, opens the socket and speaks the contract.
    command: [process.execPath, 'runtimes/workerd.mjs'],
    declared: {
      headerLayout:
        'workerd capitalizes the header names it knows, writes content-length first, and sends no date, connection or keep-alive',
      connectionHeader:
        'workerd drops connection: close from a response that rejects a body it read to the end (400, 415); after a 413 it sends its own Connection: close',
      connectionReuse:
        'workerd keeps the connection open after a rejected body it read to the end (400, 415); after a 413 it closes it',
      protocolAnswers:
        'workerd answers some requests itself before the app: an unknown method (BREW) with its own 501 text, an HTTP/1.0 request without Host with its own 400',
    },
  },
];
