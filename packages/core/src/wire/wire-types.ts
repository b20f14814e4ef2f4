import type { HttpException } from '../exceptions/http-exception.js';
import type { HttpResponse } from '../responses/http-response.js';
import type { ProblemDetails, ValidationDetailSource } from './problem-details.js';
import type { StatusPolicy } from './status-policy.js';

/**
 * What `toWire` needs to know of the request. Bindings fill it from their framework.
 *
 * @example
 * ```ts
 * const request: WireRequest = { method: req.method, accept: req.headers.accept };
 * ```
 */
export interface WireRequest {
  /** The request method; `HEAD` gets `GET`'s headers and no body. */
  method?: string | undefined;
  /** The `Accept` header(s), which choose between `application/problem+json` and `application/json`. */
  accept?: string | readonly string[] | null | undefined;
  /** The request path, passed to `onError` for logging. Never written to the wire. */
  path?: string | undefined;
}

/**
 * What the framework had already decided about the response when an outcome reached `toWire`.
 *
 * @example
 * ```ts
 * toWire(error, request, options, { status: res.statusCode }); // Express: `res.status(404); next(new Error())` → 404
 * ```
 */
export interface ResponseState {
  /**
   * The status the app gave the response before the error (`res.status(404)`, `reply.code(404)`). An error
   * with no status of its own (a plain `Error`, a thrown string) takes it when it is from 400 to 599, as
   * Express's finalhandler and Fastify do; otherwise such an error is a 500. Errors that carry a status keep it.
   */
  status?: number | undefined;
}

/**
 * A wire body: bytes, a stream of byte chunks (send each as one HTTP chunk), or nothing.
 *
 * @example
 * ```ts
 * if (wire.body instanceof Uint8Array) res.end(wire.body);
 * ```
 */
export type WireBody = Uint8Array | AsyncIterable<Uint8Array> | null;

/**
 * The normalized response a binding writes as it is: status line, header lines, body.
 * Header names are lowercase and sorted; repeated headers (`set-cookie`) are separate pairs.
 *
 * @example
 * ```ts
 * const wire = toWire(new NotFoundException());
 * // { status: 404, statusText: 'Not Found', headers: [['content-length', '…'], …], body: Uint8Array }
 * ```
 */
export interface WireResponse {
  status: number;
  /** The reason phrase for the status line, from the same table as the problem `title`. */
  statusText: string;
  headers: [name: string, value: string][];
  body: WireBody;
}

/**
 * Where an error reported to `onError` came from.
 * - `handler`: the handler threw or returned it.
 * - `serialize`: a body could not be serialized.
 * - `format`: the `format` option threw or returned something other than an `HttpResponse`.
 * - `statusPolicy`: the status policy threw or returned an invalid status.
 * - `stream`: a stream's source failed after the headers went out.
 *
 * @example
 * ```ts
 * const options: ToWireOptions = {
 *   onError: (error, { phase }) => { if (phase === 'stream') metrics.increment('stream_failures'); },
 * };
 * ```
 */
export type ErrorPhase = 'handler' | 'serialize' | 'format' | 'statusPolicy' | 'stream';

/**
 * What `onError` receives besides the error.
 *
 * @example
 * ```ts
 * const options: ToWireOptions = {
 *   onError: (error, { status, phase, request }) => log.error({ err: error, status, phase, path: request?.path }),
 * };
 * ```
 */
export interface ErrorContext {
  /** The status sent on the wire. */
  status: number;
  phase: ErrorPhase;
  request: WireRequest | undefined;
}

/**
 * What the `format` option receives besides the exception.
 *
 * @example
 * ```ts
 * const options: ToWireOptions = {
 *   format: (error, { problem }) => HttpResponse.json({ error: problem.title, message: problem.detail }),
 * };
 * ```
 */
export interface FormatContext {
  /** The problem httpwire would send, already redacted and following the final status. */
  problem: ProblemDetails;
  request: WireRequest | undefined;
}

/**
 * Options of `toWire`, which every binding accepts.
 *
 * @example
 * ```ts
 * toWire(error, request, { statusPolicy: 'endpoints', onError: (e) => console.error(e) });
 * ```
 */
export interface ToWireOptions {
  /** Remaps statuses. Default: `'default'`, which keeps every valid status. */
  statusPolicy?: StatusPolicy | undefined;
  /**
   * Replaces the error body with your own response. Its status is used only if it is 4xx or 5xx;
   * otherwise the error's status stays, so an error can never turn into a 200.
   * If it throws, a default 500 problem is sent and the failure reaches `onError`. Default: none.
   */
  format?: ((exception: HttpException, context: FormatContext) => HttpResponse) | undefined;
  /**
   * Receives every error that puts a 5xx on the wire, once, with the original thrown value, and every
   * internal failure (serialization, `format`, status policy, stream). Its own errors are swallowed. Default: none.
   */
  onError?: ((error: unknown, context: ErrorContext) => void) | undefined;
  /** Sends the message (and `details`) of unexposed errors. For development only. Default: `false`. */
  exposeInternalErrors?: boolean | undefined;
  /**
   * The status of a validation problem (`ValidationException`: `validate()`, Fastify's schema validation,
   * Nest's `ValidationPipe` through httpwire). Default: `422` (RFC 9110 §15.5.21); `400` for apps whose clients
   * expect it. Its `code` stays `VALIDATION_FAILED`.
   */
  validationStatus?: 400 | 422 | undefined;
  /**
   * Whose words each entry of a validation problem's `errors` carries as `detail`: `'httpwire'` (default), the
   * same whichever validator found the error, or `'validator'`, the validator's own message.
   */
  validationDetail?: ValidationDetailSource | undefined;
}
