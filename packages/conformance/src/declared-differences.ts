import type { WireSnapshot } from './wire-snapshot.js';

/**
 * The bytes a runtime (or, for plain values, a framework) owns and writes its own way, whatever the response says,
 * each with the reason. The suite
 * and the demo compare everything else byte for byte, and list each declared difference, so nothing is skipped
 * silently. Node's stacks declare none.
 *
 * @example
 * const bun: DeclaredDifferences = { reasonPhrase: 'Bun writes its own reason phrases and ignores statusText' };
 */
export interface DeclaredDifferences {
  /** The status line's reason phrase: the runtime writes its own table's, whatever the `Response`'s `statusText`. */
  readonly reasonPhrase?: string | undefined;
  /**
   * How the runtime lays headers out: the place and case of the ones it owns (`content-length`, `date`,
   * `connection`, `keep-alive`) and whether it sends the transport ones at all, and the order of the others. Every
   * other header must still be there, with its value; repeated ones in their order.
   */
  readonly headerLayout?: string | undefined;
  /** How a streamed body is split into HTTP chunks: the runtime joins chunks that are ready together. */
  readonly chunking?: string | undefined;
  /** The connection after a rejected body: the runtime owns it, drops or ignores `connection: close`, keeps it open. */
  readonly connectionClose?: string | undefined;
  /**
   * The framework's own JSON, for a plain value a handler returns (never httpwire's): its `content-type` says
   * `application/json` without `charset=utf-8`, which Express, Fastify and Nest add.
   */
  readonly jsonCharset?: string | undefined;
}

/** Headers a runtime with its own header layout places, names and sends as it likes. */
const RUNTIME_HEADERS = new Set(['content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding']);

/**
 * A snapshot reduced to what a runtime with these declared differences must still agree on: the status code
 * without its phrase, and the headers it does not own, sorted by name (a stable sort, so repeated ones keep their
 * order), names lowercased.
 *
 * @example
 * differences(comparable(snapshot(express), declared), comparable(snapshot(bun), declared));
 */
export function comparable(snapshot: WireSnapshot, declared: DeclaredDifferences): WireSnapshot {
  return {
    ...snapshot,
    statusLine: declared.reasonPhrase === undefined ? snapshot.statusLine : snapshot.statusLine.split(' ', 2).join(' '),
    headers: headersOf(snapshot.headers, declared),
  };
}

function headersOf(headers: readonly string[], declared: DeclaredDifferences): string[] {
  let lines = [...headers];
  if (declared.jsonCharset !== undefined) {
    lines = lines.map((line) => (line === 'content-type: application/json; charset=utf-8' ? JSON_TYPE : line));
  }
  if (declared.headerLayout === undefined) return lines;
  return lines
    .filter((line) => !RUNTIME_HEADERS.has(nameOf(line)))
    .sort((a, b) => (nameOf(a) < nameOf(b) ? -1 : nameOf(a) > nameOf(b) ? 1 : 0));
}

const JSON_TYPE = 'content-type: application/json';

/**
 * Both stacks' declared differences, for comparing one with the other.
 *
 * @example
 * const declared = mergeDeclared(STACKS[0].declared, stack.declared);
 */
export function mergeDeclared(...all: readonly (DeclaredDifferences | undefined)[]): DeclaredDifferences {
  return Object.assign({}, ...all.filter((each) => each !== undefined));
}

function nameOf(line: string): string {
  return line.slice(0, line.indexOf(':'));
}
