import {
  type AnyProblemType,
  exceptionClassFor,
  HttpException,
  type HttpExceptionOptions,
  markUpstream,
  type ProblemException,
  pointerKeys,
  type ValidationCode,
  ValidationException,
  type ValidationLocation,
} from '@httpwire/core';
import { type ErrorResponse, errorResponseOf } from './error-response.js';

/**
 * Options of {@link readProblem} and `throwIfProblem`.
 *
 * @example
 * ```ts
 * await readProblem(response, { types: [OutOfCredit] });
 * ```
 */
export interface ReadProblemOptions<Types extends readonly AnyProblemType[]> {
  /** The problem types the app defined: a problem whose `type` is one of theirs comes back as that class. */
  types?: Types | undefined;
}

/**
 * What {@link readProblem} resolves to: an exception of one of the given problem types, or any `HttpException`.
 *
 * @example
 * ```ts
 * const problem: ReadProblem<[typeof OutOfCredit]> | undefined = await readProblem(response, { types: [OutOfCredit] });
 * ```
 */
export type ReadProblem<Types extends readonly AnyProblemType[]> =
  | ProblemException<Types[number]['definition']>
  | HttpException;

/** Members of a problem that are not extension members. */
const MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance', 'code', 'details', 'errors']);
/** Response headers an exception carries back, as RFC 9110 ties them to its status. */
const KEPT_HEADERS = ['retry-after', 'www-authenticate', 'allow'];

/**
 * Reads an HTTP error response back into the exception its server threw: from a fetch `Response`, or an axios or ky
 * error (read by shape). For a 4xx or 5xx it resolves to:
 * - the class of `options.types` whose `type` URI the problem names, with its extension members typed;
 * - otherwise the named class for the status (`NotFoundException` for a 404), `ValidationException` for a validation
 *   problem, or `HttpException`;
 * - for an error response that is not a problem (an HTML 502 from a proxy), an exception of that status without
 *   `detail`.
 * It carries `status`, `title`, `detail`, `code`, `instance`, the extension members, a validation problem's `errors`,
 * and the response's `retry-after`, `www-authenticate` and `allow`. It resolves to `undefined` for anything else
 * (a 2xx, a network error) and never rejects for an error status. The exception is marked as read from another
 * service: thrown on in a server, httpwire answers a 502 unless it is passed through `relayUpstream`.
 *
 * @example
 * ```ts
 * const response = await fetch('/api/messages', { method: 'POST', body });
 * const problem = await readProblem(response, { types: [OutOfCredit] });
 * if (problem instanceof OutOfCredit) showTopUp(problem.extensions.balance);
 * ```
 */
export async function readProblem<const Types extends readonly AnyProblemType[] = []>(
  input: unknown,
  options?: ReadProblemOptions<Types>,
): Promise<ReadProblem<Types> | undefined> {
  const response = errorResponseOf(input);
  if (response === undefined || response.status < 400 || response.status > 599) return undefined;
  const problem = await problemBody(response);
  const exception =
    problem === undefined ? bareException(response) : rehydrate(problem, response, options?.types ?? []);
  return markUpstream(exception) as ReadProblem<Types>;
}

async function problemBody(response: ErrorResponse): Promise<Record<string, unknown> | undefined> {
  const type = response.header('content-type') ?? '';
  if (!/^application\/([\w.+-]*\+)?json\b/i.test(type)) return undefined;
  try {
    const body = await response.body();
    const parsed: unknown = typeof body === 'string' ? JSON.parse(body) : body;
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function bareException(response: ErrorResponse): HttpException {
  return create(response.status, undefined, { headers: keptHeaders(response) });
}

function rehydrate(
  problem: Record<string, unknown>,
  response: ErrorResponse,
  types: readonly AnyProblemType[],
): HttpException {
  const detail = typeof problem.detail === 'string' ? problem.detail : undefined;
  const extensions = extensionsOf(problem);
  const options: HttpExceptionOptions = {
    headers: keptHeaders(response),
    instance: typeof problem.instance === 'string' ? problem.instance : undefined,
    details: problem.details,
    expose: detail !== undefined || response.status < 500,
  };
  const ProblemType = types.find((candidate) => candidate.definition.type === problem.type);
  if (ProblemType !== undefined) {
    return new (ProblemType as unknown as new (message?: string, options?: HttpExceptionOptions) => HttpException)(
      detail,
      { ...options, extensions },
    );
  }
  const own = {
    ...options,
    extensions,
    type: typeof problem.type === 'string' ? problem.type : undefined,
    title: typeof problem.title === 'string' ? problem.title : undefined,
    code: typeof problem.code === 'string' ? problem.code : undefined,
  };
  if (Array.isArray(problem.errors) && (response.status === 422 || response.status === 400)) {
    return validationException(problem.errors, response.status, own);
  }
  return create(response.status, detail, own);
}

function create(status: number, message: string | undefined, options: HttpExceptionOptions): HttpException {
  const Named = exceptionClassFor(status);
  return Named === undefined ? new HttpException(message, { ...options, status }) : new Named(message, options);
}

function validationException(errors: unknown[], status: 400 | 422, options: HttpExceptionOptions): HttpException {
  const issues = errors.flatMap((entry) => {
    const error = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    if (typeof error.pointer !== 'string' || typeof error.code !== 'string') return [];
    return [
      {
        path: pointerKeys(error.pointer),
        code: error.code as ValidationCode,
        in: typeof error.in === 'string' ? (error.in as ValidationLocation) : undefined,
        message: typeof error.detail === 'string' ? error.detail : undefined,
      },
    ];
  });
  const { details: _details, extensions: _extensions, ...own } = options;
  return new ValidationException(issues, { ...own, status });
}

function extensionsOf(problem: Record<string, unknown>): Record<string, unknown> | undefined {
  const members = Object.entries(problem).filter(([name]) => !MEMBERS.has(name));
  return members.length === 0 ? undefined : Object.fromEntries(members);
}

function keptHeaders(response: ErrorResponse): Record<string, string> | undefined {
  const kept: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = response.header(name);
    if (value !== undefined) kept[name] = value;
  }
  return Object.keys(kept).length === 0 ? undefined : kept;
}
