import { type ProblemDetails, serializeProblem } from './problem-details.js';
import { encodeUtf8 } from './utf8.js';

/** The last problem without `detail` or `details` serialized per status, and its bytes. */
interface CachedProblem {
  type: string;
  title: string;
  code: string;
  bytes: Uint8Array;
}

const cache = new Map<number, CachedProblem>();

/**
 * A problem's body bytes. Problems without `detail` and `details` (a 4xx thrown as control flow, any
 * unexposed 5xx) repeat, so their bytes are kept per status and copied, which is about twice as fast
 * as serializing and encoding again. Each call returns its own bytes: a caller may change them.
 *
 * @example
 * ```ts
 * problemBytes({ type: 'about:blank', title: 'Not Found', status: 404, code: 'NOT_FOUND' });
 * ```
 */
export function problemBytes(problem: ProblemDetails): Uint8Array {
  if (
    problem.detail !== undefined ||
    problem.details !== undefined ||
    problem.errors !== undefined ||
    problem.instance !== undefined ||
    problem.extensions !== undefined
  ) {
    return encodeUtf8(serializeProblem(problem));
  }
  const cached = cache.get(problem.status);
  if (
    cached !== undefined &&
    cached.type === problem.type &&
    cached.title === problem.title &&
    cached.code === problem.code
  ) {
    return copyBytes(cached.bytes);
  }
  const bytes = encodeUtf8(serializeProblem(problem));
  cache.set(problem.status, { type: problem.type, title: problem.title, code: problem.code, bytes: copyBytes(bytes) });
  return bytes;
}

const NodeBuffer = (globalThis as { Buffer?: { allocUnsafe(size: number): Uint8Array } }).Buffer;

/** A copy of `bytes`, as a Buffer on Node (what `encodeUtf8` returns there); `allocUnsafe` + `set` copies fastest. */
const copyBytes: (bytes: Uint8Array) => Uint8Array =
  NodeBuffer === undefined
    ? (bytes) => bytes.slice()
    : (bytes) => {
        const copy = NodeBuffer.allocUnsafe(bytes.byteLength);
        copy.set(bytes);
        return copy;
      };
