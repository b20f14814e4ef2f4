import { appendHeaders, formatRetryAfter, type HeadersInput, setHeader } from '../headers/header-init.js';
import { errorCodeFor, reasonPhrase } from '../status/reason-phrases.js';
import { assertErrorStatus, isStatusInRange } from '../status/status-range.js';
import { EXCEPTION_HEADERS_SLOT, HTTP_EXCEPTION_BRAND } from './brand.js';
import { PROBLEM_MEMBERS } from './problem-members.js';

/**
 * Options of every HTTP exception.
 *
 * @example
 * ```ts
 * new HttpException('Slow down', { status: 429, retryAfter: 120, code: 'RATE_LIMITED' });
 * ```
 */
export interface HttpExceptionOptions {
  /** The status, an integer from 400 to 599. Default: the class's static `status` (500 for `HttpException`). */
  status?: number | undefined;
  /** A machine-readable code for clients. Default: the reason phrase in SCREAMING_SNAKE_CASE (`NOT_FOUND`). */
  code?: string | undefined;
  /** Structured data for the client, sent as the problem's `details` member when the exception is exposed. */
  details?: unknown;
  /** Extra response headers. Values are validated now: CR, LF and NUL throw a `TypeError`. */
  headers?: HeadersInput | undefined;
  /** The underlying error. Never sent to the client; `onError` receives it through the exception. */
  cause?: unknown;
  /** Whether the message and `details` reach the client. Default: `true` below 500, `false` from 500 up. */
  expose?: boolean | undefined;
  /** The problem `title`. Default: the status's reason phrase. */
  title?: string | undefined;
  /** The problem `type` URI. Default: `"about:blank"`. */
  type?: string | undefined;
  /** `WWW-Authenticate` value, for 401 (RFC 9110 §15.5.2). */
  challenge?: string | undefined;
  /** `Allow` methods, for 405 (RFC 9110 §15.5.6). */
  allow?: string | readonly string[] | undefined;
  /** `Retry-After` in whole seconds or as a date, for 413, 429 and 503 (RFC 9110 §10.2.3). */
  retryAfter?: number | Date | undefined;
  /** `Location` value. */
  location?: string | undefined;
  /** The problem `instance`: a URI reference that identifies this occurrence (RFC 9457 §3.1.5). Sent even when not exposed. */
  instance?: string | undefined;
  /**
   * Extension members, written at the top level of the problem after httpwire's own, in this order
   * (RFC 9457 §3.2), when the exception is exposed. The RFC's names (`type`, `title`, `status`, `detail`,
   * `instance`) and httpwire's (`code`, `details`, `errors`) are refused with a `TypeError`.
   */
  extensions?: Readonly<Record<string, unknown>> | undefined;
}

/** V8 (Node, Deno, Bun's JSC shim) reads `Error.stackTraceLimit`; elsewhere setting it is harmless. */
const V8Error = Error as ErrorConstructor & { stackTraceLimit?: number | undefined };

/**
 * When exceptions capture a stack trace. Capturing is most of an exception's cost, and a 4xx thrown
 * as control flow rarely needs one.
 * - `'server-errors'` (default): 5xx capture a stack (it reaches `onError`); 4xx do not.
 * - `'always'`: every exception captures one.
 * - `'never'`: none do.
 *
 * @example
 * ```ts
 * HttpException.captureStack = process.env.NODE_ENV === 'production' ? 'server-errors' : 'always';
 * ```
 */
export type CaptureStackPolicy = 'always' | 'server-errors' | 'never';

/**
 * An HTTP error outcome: throw it (or return it) from a handler and httpwire writes an RFC 9457
 * problem. Subclass it with a static `status` to make your own.
 *
 * @example
 * ```ts
 * throw new HttpException('The caller is not authorized', { status: 401, challenge: 'Bearer' });
 * ```
 * @example
 * ```ts
 * class DuplicateEntityException extends HttpException {
 *   static override status = 409;
 * }
 * throw new DuplicateEntityException('An entity with this name exists.');
 * ```
 */
export class HttpException extends Error {
  // The instance fields are `declare`d and assigned in the constructor: emitted class fields would define
  // each one as `undefined` first, which measured a fifth of the cost of constructing an exception.
  /** The status instances of this class get when the options give none. */
  static status = 500;
  /** When exceptions capture a stack trace. Default: `'server-errors'`. */
  static captureStack: CaptureStackPolicy = 'server-errors';

  /** The HTTP status, from 400 to 599. */
  declare readonly status: number;
  /** The machine-readable code. */
  declare readonly code: string;
  /** Structured data for the client (sent only when `expose` is true). */
  declare readonly details: unknown;
  /** Whether `message` and `details` reach the client. */
  declare readonly expose: boolean;
  /** The problem `title`. */
  declare readonly title: string;
  /** The problem `type` URI. */
  declare readonly type: string;
  /** The problem `instance` URI reference, if any. */
  declare readonly instance: string | undefined;
  /** The extension members, if any. */
  declare readonly extensions: Readonly<Record<string, unknown>> | undefined;
  declare readonly [HTTP_EXCEPTION_BRAND]: true;
  declare [EXCEPTION_HEADERS_SLOT]: Headers | undefined;

  constructor(message?: string, options?: HttpExceptionOptions) {
    const status = options?.status !== undefined ? options.status : new.target.status;
    // Reading a class's `name` is a native accessor call: only a failing check needs it.
    if (!isStatusInRange(status, 400, 599)) assertErrorStatus(status, new.target.name);
    const policy = HttpException.captureStack;
    const skipStack = policy === 'never' || (policy === 'server-errors' && status < 500);
    const stackTraceLimit = V8Error.stackTraceLimit;
    if (skipStack) V8Error.stackTraceLimit = 0;
    super(message ?? reasonPhrase(status), options?.cause === undefined ? undefined : { cause: options.cause });
    if (skipStack) V8Error.stackTraceLimit = stackTraceLimit;

    this.status = status;
    this.code = options?.code ?? errorCodeFor(status);
    this.details = options?.details;
    this.expose = options?.expose ?? status < 500;
    this.title = options?.title ?? reasonPhrase(status);
    this.type = options?.type ?? 'about:blank';
    this.instance = options?.instance === undefined ? undefined : checkedInstance(options.instance);
    this.extensions = options?.extensions === undefined ? undefined : checkedExtensions(options.extensions);
    this[EXCEPTION_HEADERS_SLOT] = options === undefined ? undefined : headersFromOptions(options);
  }

  /** The name of the concrete class, e.g. `"NotFoundException"`. */
  override get name(): string {
    return this.constructor.name;
  }

  /**
   * Response headers sent with this exception (created on first read).
   *
   * @example
   * ```ts
   * const error = new UnauthorizedException();
   * error.headers.set('WWW-Authenticate', 'Bearer realm="api"');
   * ```
   */
  get headers(): Headers {
    let headers = this[EXCEPTION_HEADERS_SLOT];
    if (headers === undefined) {
      headers = new Headers();
      this[EXCEPTION_HEADERS_SLOT] = headers;
    }
    return headers;
  }

  /** `instanceof` also recognises exceptions made by another copy of this package. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (!isHttpException(value)) return false;
    if (this === HttpException) return true;
    for (let proto = Object.getPrototypeOf(value); proto !== null; proto = Object.getPrototypeOf(proto)) {
      const owner = proto.constructor as typeof HttpException;
      if (owner === this) return true;
      if (isSameBuiltInClass(owner, this)) return true;
    }
    return false;
  }

  static {
    Object.defineProperty(HttpException.prototype, HTTP_EXCEPTION_BRAND, { value: true });
  }
}

/**
 * Whether `value` is an httpwire exception, from this copy of the package or any other.
 *
 * @example
 * ```ts
 * try { handler(); } catch (error) {
 *   if (isHttpException(error)) console.log(error.status);
 * }
 * ```
 */
export function isHttpException(value: unknown): value is HttpException {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { [HTTP_EXCEPTION_BRAND]?: unknown })[HTTP_EXCEPTION_BRAND] === true
  );
}

/** Member names a problem's extensions may not take: the RFC's and httpwire's own. */
const RESERVED_MEMBERS: ReadonlySet<string> = new Set(PROBLEM_MEMBERS);

function checkedInstance(instance: unknown): string {
  if (typeof instance !== 'string')
    throw new TypeError(`instance must be a string (a URI reference), got ${typeof instance}`);
  return instance;
}

/** A frozen copy: a member added to the caller's object later never reaches the wire unchecked. */
function checkedExtensions(extensions: unknown): Readonly<Record<string, unknown>> {
  if (typeof extensions !== 'object' || extensions === null || Array.isArray(extensions)) {
    throw new TypeError('extensions must be an object of extension members');
  }
  const copy: Record<string, unknown> = {};
  for (const name of Object.keys(extensions)) {
    if (RESERVED_MEMBERS.has(name)) {
      throw new TypeError(`The extension member "${name}" is reserved: RFC 9457 and httpwire write it themselves`);
    }
    Object.defineProperty(copy, name, {
      value: (extensions as Record<string, unknown>)[name],
      enumerable: true,
      writable: false,
      configurable: false,
    });
  }
  return Object.freeze(copy);
}

function isSameBuiltInClass(candidate: typeof HttpException, target: typeof HttpException): boolean {
  return (
    candidate !== undefined &&
    Object.hasOwn(candidate, 'status') &&
    Object.hasOwn(target, 'status') &&
    candidate.name === target.name &&
    candidate.status === target.status
  );
}

function headersFromOptions(options: HttpExceptionOptions): Headers | undefined {
  const { headers: input, challenge, allow, retryAfter, location } = options;
  if (
    input === undefined &&
    challenge === undefined &&
    allow === undefined &&
    retryAfter === undefined &&
    location === undefined
  ) {
    return undefined;
  }
  const headers = new Headers();
  if (input !== undefined) appendHeaders(headers, input);
  if (challenge !== undefined) setHeader(headers, 'www-authenticate', challenge);
  if (allow !== undefined) setHeader(headers, 'allow', typeof allow === 'string' ? allow : allow.join(', '));
  if (retryAfter !== undefined) setHeader(headers, 'retry-after', formatRetryAfter(retryAfter));
  if (location !== undefined) setHeader(headers, 'location', location);
  return headers;
}
