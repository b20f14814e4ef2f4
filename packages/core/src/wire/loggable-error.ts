import { isFromUpstream } from '../foreign/upstream-mark.js';

/**
 * C0 and C1 controls, DEL, the line and paragraph separators and the bidirectional controls: what can forge a log
 * line, reorder what a reader sees, or drive a terminal.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** How many causes deep an upstream's exception is looked for. */
const MAX_CAUSE_DEPTH = 8;

/**
 * `text` with every control character written as an escape (`\n`, `\r`, `\t`, `\x1b`, `\u2028`): a message that
 * came from outside can then neither start a line of its own in a log nor send a terminal escape sequence.
 *
 * @example
 * ```ts
 * escapeControlCharacters('upstream said\n[ERROR] forged'); // 'upstream said\\n[ERROR] forged'
 * ```
 */
export function escapeControlCharacters(text: string): string {
  return text.replace(CONTROL, (character) => {
    if (character === '\n') return '\\n';
    if (character === '\r') return '\\r';
    if (character === '\t') return '\\t';
    const code = character.charCodeAt(0);
    return code > 0xff ? `\\u${code.toString(16)}` : `\\x${code.toString(16).padStart(2, '0')}`;
  });
}

/**
 * The error as a default reporter should print it: an exception read from another service (whose message is that
 * service's `detail`), itself or as a `cause` of the error, as a copy with its message, and the message in its
 * stack, escaped by {@link escapeControlCharacters}; any other error as it is. A copy keeps the class and every
 * other property, so `console.error` and Nest's `Logger` print it as they print the original.
 *
 * @example
 * ```ts
 * console.error(loggableError(error));
 * ```
 */
export function loggableError(error: unknown): unknown {
  return loggable(error, 0);
}

function loggable(error: unknown, depth: number): unknown {
  if (!(error instanceof Error) || depth > MAX_CAUSE_DEPTH) return error;
  const cause = 'cause' in error ? loggable(error.cause, depth + 1) : undefined;
  const upstream = isFromUpstream(error) && escapeControlCharacters(error.message) !== error.message;
  if (!upstream && cause === error.cause) return error;
  const copy = Object.create(Object.getPrototypeOf(error), Object.getOwnPropertyDescriptors(error)) as Error;
  if (cause !== error.cause) Object.defineProperty(copy, 'cause', { value: cause, configurable: true, writable: true });
  if (!upstream) return copy;
  const message = error.message;
  Object.defineProperty(copy, 'message', {
    value: escapeControlCharacters(message),
    configurable: true,
    writable: true,
  });
  Object.defineProperty(copy, 'stack', { value: escapedStack(error, message), configurable: true, writable: true });
  return copy;
}

/** The stack with its message escaped; the frames after it are this process's own and stay as they are. */
function escapedStack(error: Error, message: string): string | undefined {
  const stack = typeof error.stack === 'string' ? error.stack : undefined;
  if (stack === undefined) return undefined;
  const at = message === '' ? -1 : stack.indexOf(message);
  if (at !== -1) return stack.slice(0, at) + escapeControlCharacters(message) + stack.slice(at + message.length);
  // A stack that does not hold the message as written: its own frames, under a header written anew.
  const frames = stack.split('\n').filter((line) => /^\s+at /.test(line));
  return [`${error.name}: ${escapeControlCharacters(message)}`, ...frames.map(escapeControlCharacters)].join('\n');
}
