import { EXCEPTION_HEADERS_SLOT } from '../exceptions/brand.js';
import type { HttpException } from '../exceptions/http-exception.js';
import { assertMediaType } from '../headers/media-type.js';
import { type HttpResponse, isHttpResponse } from '../responses/http-response.js';
import type { ResponseBody } from '../responses/response-body.js';
import { errorCodeFor, reasonPhrase } from '../status/reason-phrases.js';
import { assertFinalStatus } from '../status/status-range.js';
import { isValidationException } from '../validation/validation-exception.js';
import { frame, type HeaderList, headerList, type UnframedBody } from './framing.js';
import { negotiateProblemType } from './negotiate.js';
import { normalizeError } from './normalize-error.js';
import { isPlainProblem, plainProblemWire } from './plain-problem-wire.js';
import { type ProblemDetails, problemFor, serializeProblem } from './problem-details.js';
import { reportError } from './report-error.js';
import { responseContentType, responseHeaderList } from './response-header-list.js';
import { resolveStatusPolicy, type StatusPolicyFunction } from './status-policy.js';
import { encodeUtf8 } from './utf8.js';
import type { ResponseState, ToWireOptions, WireRequest, WireResponse } from './wire-types.js';

const NO_OPTIONS: ToWireOptions = {};
/** RFC 9110 ties these to the status; a status policy that changes the status drops them. */
const STATUS_TIED_HEADERS = ['location', 'allow', 'www-authenticate', 'retry-after'];
const DROP_TIED = new Set(STATUS_TIED_HEADERS);
const DROP_FOR_PROBLEM = new Set(['content-type']);
const DROP_FOR_PROBLEM_AND_TIED = new Set(['content-type', ...STATUS_TIED_HEADERS]);

/**
 * Serializes whatever a handler returned or threw into the one wire form every binding writes.
 * - An `HttpResponse` (returned or thrown) is sent as built, plus framing.
 * - An `HttpException` becomes an RFC 9457 problem (`application/problem+json`, or
 *   `application/json` when the client's `Accept` prefers it), with `vary: accept`.
 * - Anything else (an `Error`, a string, `null`, an object) is a thrown failure: an unexposed 500
 *   whose message never reaches the client. Use {@link fromReturnValue} for values a handler returned.
 *
 * Every error that puts a 5xx on the wire reaches `options.onError` once, with the original value.
 * `state` tells what the app had already decided: an error without a status of its own takes the
 * response's 4xx or 5xx (see {@link ResponseState}).
 *
 * @example
 * ```ts
 * const wire = toWire(new NotFoundException('No entity with the id "42" exists.'), { method: 'GET' });
 * wire.status; // 404
 * new TextDecoder().decode(wire.body as Uint8Array);
 * // {"type":"about:blank","title":"Not Found","status":404,"detail":"No entity with the id \"42\" exists.","code":"NOT_FOUND"}
 * ```
 */
export function toWire(
  outcome: unknown,
  request?: WireRequest,
  options: ToWireOptions = NO_OPTIONS,
  state?: ResponseState,
): WireResponse {
  const policy = resolveStatusPolicy(options.statusPolicy);
  if (isHttpResponse(outcome)) return responseToWire(outcome, policy, request, options);
  const exception = withValidationStatus(normalizeError(outcome, state?.status), options);
  let status = exception.status;
  if (policy !== undefined) {
    const mapped = runPolicy(policy, status, true, request, options);
    if (mapped === undefined) {
      if (status >= 500) reportError(options, outcome, { status: 500, phase: 'handler', request });
      return internalErrorWire(undefined, request, options);
    }
    status = mapped;
  }
  if (status >= 500) reportError(options, outcome, { status, phase: 'handler', request });
  return exceptionToWire(exception, status, policy, request, options);
}

function responseToWire(
  response: HttpResponse,
  policy: StatusPolicyFunction | undefined,
  request: WireRequest | undefined,
  options: ToWireOptions,
): WireResponse {
  let body: UnframedBody;
  try {
    // The headers are a mutable `Headers`: a `Content-Type` set after construction is checked here.
    assertMediaType(responseContentType(response));
    body = serializeBody(response.body);
  } catch (error) {
    return serializationFailure(error, policy, request, options);
  }
  let status = response.status;
  if (policy !== undefined) {
    const mapped = runPolicy(policy, status, hasContent(body), request, options);
    if (mapped === undefined) return internalErrorWire(undefined, request, options);
    if (mapped !== status && mapped >= 400 && status < 400) {
      // A success or redirect remapped to an error (302 → 404 under `endpoints`) is sent as that error's problem.
      return problemWire(
        statusProblem(mapped),
        responseHeaderList(response, DROP_FOR_PROBLEM_AND_TIED),
        policy,
        request,
        options,
      );
    }
    status = mapped;
  }
  const headers = responseHeaderList(response, status === response.status ? undefined : DROP_TIED);
  return frame(status, headers, body, request, options);
}

function exceptionToWire(
  exception: HttpException,
  status: number,
  policy: StatusPolicyFunction | undefined,
  request: WireRequest | undefined,
  options: ToWireOptions,
): WireResponse {
  const problem = problemFor(exception, status, options.exposeInternalErrors === true, options.validationDetail);
  const headers = exceptionHeaders(
    exception,
    status === exception.status ? DROP_FOR_PROBLEM : DROP_FOR_PROBLEM_AND_TIED,
  );
  if (options.format !== undefined) return formattedWire(exception, problem, headers, policy, request, options);
  return problemWire(problem, headers, policy, request, options);
}

function problemWire(
  problem: ProblemDetails,
  headers: HeaderList,
  policy: StatusPolicyFunction | undefined,
  request: WireRequest | undefined,
  options: ToWireOptions,
): WireResponse {
  if (isPlainProblem(problem, headers.length)) return plainProblemWire(problem, request);
  return framedProblemWire(problem, headers, policy, request, options);
}

/**
 * The general path for a problem: serialized, negotiated, `vary: accept` added and framed. `plainProblemWire`
 * is a shortcut for the plain case that must write exactly what this writes.
 */
export function framedProblemWire(
  problem: ProblemDetails,
  headers: HeaderList,
  policy: StatusPolicyFunction | undefined,
  request: WireRequest | undefined,
  options: ToWireOptions,
): WireResponse {
  let json: string;
  try {
    json = serializeProblem(problem);
  } catch (error) {
    return serializationFailure(error, policy, request, options);
  }
  headers.push(['content-type', negotiateProblemType(request?.accept)]);
  addVaryAccept(headers);
  return frame(problem.status, headers, encodeUtf8(json), request, options);
}

function formattedWire(
  exception: HttpException,
  problem: ProblemDetails,
  headers: HeaderList,
  policy: StatusPolicyFunction | undefined,
  request: WireRequest | undefined,
  options: ToWireOptions,
): WireResponse {
  let response: HttpResponse;
  let body: UnframedBody;
  try {
    response = (options.format as NonNullable<ToWireOptions['format']>)(exception, { problem, request });
    if (!isHttpResponse(response)) throw new TypeError('The format option must return an HttpResponse');
    body = serializeBody(response.body);
  } catch (error) {
    reportError(options, error, { status: 500, phase: 'format', request });
    return internalErrorWire(policy, request, options);
  }
  // An error stays an error: only a 4xx or 5xx from `format` replaces the status.
  const status = response.status >= 400 ? response.status : problem.status;
  const own = responseHeaderList(response);
  const merged = headers.filter(([name]) => name === 'set-cookie' || !own.some(([ownName]) => ownName === name));
  return frame(status, merged.concat(own), body, request, options);
}

/** A validation problem sent with the app's `validationStatus`: a 400 keeps its code and says "Bad Request". */
function withValidationStatus(exception: HttpException, options: ToWireOptions): HttpException {
  const status = options.validationStatus;
  if (status === undefined || status === exception.status || !isValidationException(exception)) return exception;
  const title = exception.title === reasonPhrase(exception.status) ? reasonPhrase(status) : exception.title;
  return Object.create(exception, { status: { value: status }, title: { value: title } }) as HttpException;
}

function serializationFailure(
  error: unknown,
  policy: StatusPolicyFunction | undefined,
  request: WireRequest | undefined,
  options: ToWireOptions,
): WireResponse {
  const status = internalStatus(policy, request, options);
  reportError(options, error, { status, phase: 'serialize', request });
  return problemWire(statusProblem(status), [], undefined, request, options);
}

/** The safe 500 sent when something in httpwire's own path failed; `policy` still applies if it works. */
function internalErrorWire(
  policy: StatusPolicyFunction | undefined,
  request: WireRequest | undefined,
  options: ToWireOptions,
): WireResponse {
  return problemWire(statusProblem(internalStatus(policy, request, options)), [], undefined, request, options);
}

function internalStatus(
  policy: StatusPolicyFunction | undefined,
  request: WireRequest | undefined,
  options: ToWireOptions,
): number {
  return policy === undefined ? 500 : (runPolicy(policy, 500, true, request, options) ?? 500);
}

function runPolicy(
  policy: StatusPolicyFunction,
  status: number,
  hasBody: boolean,
  request: WireRequest | undefined,
  options: ToWireOptions,
): number | undefined {
  try {
    const mapped = policy(status, { hasBody });
    assertFinalStatus(mapped, 'The status policy result');
    return mapped;
  } catch (error) {
    reportError(options, error, { status: 500, phase: 'statusPolicy', request });
    return undefined;
  }
}

function statusProblem(status: number): ProblemDetails {
  return { type: 'about:blank', title: reasonPhrase(status), status, code: errorCodeFor(status) };
}

function serializeBody(body: ResponseBody): UnframedBody {
  if (body === null) return null;
  switch (body.kind) {
    case 'text':
      return encodeUtf8(body.text);
    case 'bytes':
      return body.bytes;
    case 'stream':
      return body.source;
    case 'json': {
      const json = JSON.stringify(body.value);
      if (json === undefined) throw new TypeError(`A ${typeof body.value} is not JSON-serializable`);
      return encodeUtf8(json);
    }
  }
}

function hasContent(body: UnframedBody): boolean {
  return body !== null && (!(body instanceof Uint8Array) || body.byteLength > 0);
}

function exceptionHeaders(exception: HttpException, drop: ReadonlySet<string>): HeaderList {
  // Read the slot, not the getter, so that an exception without headers never allocates a `Headers`.
  const headers =
    EXCEPTION_HEADERS_SLOT in exception ? exception[EXCEPTION_HEADERS_SLOT] : (exception as HttpException).headers;
  return headers === undefined ? [] : headerList(headers, drop);
}

function addVaryAccept(headers: HeaderList): void {
  const vary = headers.find(([name]) => name === 'vary');
  if (vary === undefined) headers.push(['vary', 'accept']);
  else if (vary[1] !== '*' && !/(^|,)\s*accept\s*(,|$)/i.test(vary[1])) vary[1] = `${vary[1]}, accept`;
}
