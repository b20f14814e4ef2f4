import type { WireSnapshot } from './wire-snapshot.js';

/**
 * The bytes a runtime (or, for plain values, a framework) owns and writes its own way, whatever the response says,
 * each with the reason. The suite and the demo compare everything else byte for byte, and list each declared
 * difference, so nothing is skipped silently. A declaration is measured, not assumed: the conformance suite fails
 * for a difference it observes that is not declared, and for a declared one it never observes. Node's stacks
 * declare none.
 *
 * @example
 * ```ts
 * const bun: DeclaredDifferences = { reasonPhrase: 'Bun writes its own reason phrases and ignores statusText' };
 * ```
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
  /** The runtime drops `connection: close` from a response that rejects a body. */
  readonly connectionHeader?: string | undefined;
  /** The runtime keeps the connection open after a response that rejects a body (and says `connection: close`). */
  readonly connectionReuse?: string | undefined;
  /**
   * The runtime answers a request at the edge of the protocol itself, before httpwire sees it (an unknown method, a
   * target it makes no URL of, two `Host` headers), or hands it to the app where Node's parser refuses it.
   */
  readonly protocolAnswers?: string | undefined;
  /**
   * A plain value a handler returns is never httpwire's bytes: the framework sends it by its own rules (Hono's
   * `c.json` and core's JSON say `application/json` without the `charset=utf-8` Express, Fastify and Nest add, and
   * order the headers their way). For such a response only the status and the body are compared.
   */
  readonly plainValues?: string | undefined;
  /** Header values beyond ASCII (Latin-1 `café`): the server writes them in its own encoding, UTF-8. */
  readonly nonAsciiHeaders?: string | undefined;
}

/** Headers a runtime with its own header layout places, names and sends as it likes. */
const RUNTIME_HEADERS = new Set(['content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding']);

/**
 * A snapshot reduced to what a runtime with these declared differences must still agree on: the status code
 * without its phrase, and the headers it does not own, sorted by name (a stable sort, so repeated ones keep their
 * order), names lowercased; for a plain value a handler returned, the status and the body alone.
 *
 * @example
 * ```ts
 * differences(comparable(snapshot(express), declared), comparable(snapshot(bun), declared));
 * ```
 */
export function comparable(
  snapshot: WireSnapshot,
  declared: DeclaredDifferences,
  { plainValue = false }: { plainValue?: boolean } = {},
): WireSnapshot {
  return {
    ...snapshot,
    statusLine: declared.reasonPhrase === undefined ? snapshot.statusLine : snapshot.statusLine.split(' ', 2).join(' '),
    headers: plainValue && declared.plainValues !== undefined ? [] : headersOf(snapshot.headers, declared),
  };
}

function headersOf(headers: readonly string[], declared: DeclaredDifferences): string[] {
  const values = declared.nonAsciiHeaders === undefined ? [...headers] : headers.map(asUtf8IfItIs);
  if (declared.headerLayout === undefined) return values;
  return values
    .filter((line) => !RUNTIME_HEADERS.has(nameOf(line)))
    .sort((a, b) => (nameOf(a) < nameOf(b) ? -1 : nameOf(a) > nameOf(b) ? 1 : 0));
}

/**
 * Both stacks' declared differences, for comparing one with the other.
 *
 * @example
 * ```ts
 * const declared = mergeDeclared(STACKS[0].declared, stack.declared);
 * ```
 */
export function mergeDeclared(...all: readonly (DeclaredDifferences | undefined)[]): DeclaredDifferences {
  return Object.assign({}, ...all.filter((each) => each !== undefined));
}

function nameOf(line: string): string {
  return line.slice(0, line.indexOf(':'));
}

/** A header line read as Latin-1, decoded as the UTF-8 it may really be; left as it is when it is not UTF-8. */
function asUtf8IfItIs(line: string): string {
  if (!/[^\t -~]/.test(line)) return line;
  const decoded = Buffer.from(line, 'latin1').toString('utf8');
  return decoded.includes('\ufffd') ? line : decoded;
}
