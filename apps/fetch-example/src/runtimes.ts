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
      chunking: 'Bun joins the chunks of a stream that are ready together into one HTTP chunk',
    },
  },
  {
    name: 'deno',
    command: ['node_modules/.bin/deno', 'run', '--allow-net', '--allow-env', '--allow-read', 'runtimes/deno.mjs'],
    declared: {
      reasonPhrase:
        "Deno.serve writes its own table's phrases (413 Payload Too Large) and ignores a Response's statusText",
      headerLayout:
        'Deno writes content-length and date after the response headers and sends no connection or keep-alive',
      chunking: 'Deno joins the chunks of a stream that are ready together into one HTTP chunk',
      connectionClose: 'Deno.serve keeps the connection open after a response that says connection: close',
    },
  },
  {
    name: 'workerd',
    // workerd reads its address from a config; the launcher bundles the module, opens the socket and speaks the contract.
    command: [process.execPath, 'runtimes/workerd.mjs'],
    declared: {
      headerLayout:
        'workerd capitalizes the header names it knows, writes content-length first, and sends no date, connection or keep-alive',
      connectionClose: 'workerd owns the connection: it drops connection: close from a response and keeps it open',
    },
  },
];
