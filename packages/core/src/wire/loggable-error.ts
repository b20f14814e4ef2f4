import { isFromUpstream } from '../foreign/upstream-mark.js';

/** C0 and C1 controls, DEL, and the line and paragraph separators: what can forge a log line or drive a terminal. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/** The same, less the newline, and without the `g` flag's state, for `test`. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

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
 * service's `detail`) as a copy with its message, and the message in its stack, escaped by
 * {@link escapeControlCharacters}; any other error as it is. The copy keeps the class and every other property, so
 * `console.error` and Nest's `Logger` print it as they print the original.
 *
 * @example
 * ```ts
 * console.error(loggableError(error));
 * ```
 */
export function loggableError(error: unknown): unknown {
  if (!(error instanceof Error) || !isFromUpstream(error)) return error;
  const message = error.message;
  const escaped = escapeControlCharacters(message);
  const stack = typeof error.stack === 'string' ? error.stack : undefined;
  if (escaped === message && (stack === undefined || !CONTROL_BUT_NEWLINE.test(stack))) return error;
  const copy = Object.create(Object.getPrototypeOf(error), Object.getOwnPropertyDescriptors(error)) as Error;
  Object.defineProperty(copy, 'message', { value: escaped, configurable: true, writable: true });
  Object.defineProperty(copy, 'stack', { value: escapedStack(stack, message), configurable: true, writable: true });
  return copy;
}

/** The stack with its message escaped; the frames after it are this process's own and stay as they are. */
function escapedStack(stack: string | undefined, message: string): string | undefined {
  if (stack === undefined) return undefined;
  const at = message === '' ? -1 : stack.indexOf(message);
  if (at === -1) return escapeControlCharacters(stack).replace(/\\n/g, '\n');
  return stack.slice(0, at) + escapeControlCharacters(message) + stack.slice(at + message.length);
}
