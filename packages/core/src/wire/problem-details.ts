import type { HttpException } from '../exceptions/http-exception.js';
import { errorCodeFor, reasonPhrase } from '../status/reason-phrases.js';
import {
  isValidationException,
  type ValidationError,
  type ValidationException,
} from '../validation/validation-exception.js';
import { quoteJson } from './utf8.js';

/**
 * An RFC 9457 problem as httpwire sends it. Members are always written in this order:
 * `type`, `title`, `status`, `detail`, `instance`, `code`, `details`, `errors`, `errorsOmitted`, then the extension
 * members in the
 * order they were declared.
 * - `type` is always present (`about:blank` unless set) and `code` is always a string.
 * - `detail` is the message, present only when exposed and when it says more than the title.
 * - `instance` is present when set.
 * - `details` is present only when exposed and set.
 * - `errors` lists a validation problem's invalid values (see `ValidationException`), at most
 *   `MAX_VALIDATION_ERRORS` of them; `errorsOmitted` counts those left out, and is present only when some were.
 * - `extensions` are written at the top level, when exposed; this object only groups them here.
 *
 * @example
 * ```ts
 * const problem: ProblemDetails = { type: 'about:blank', title: 'Not Found', status: 404, code: 'NOT_FOUND' };
 * ```
 */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: string;
  details?: unknown;
  errors?: readonly ValidationError[];
  errorsOmitted?: number;
  extensions?: Readonly<Record<string, unknown>>;
}

/**
 * Whose words a validation problem's `errors` carry as `detail`: httpwire's own, the same whichever validator
 * found the error (default), or the validator's message.
 *
 * @example
 * ```ts
 * toWire(error, request, { validationDetail: 'validator' });
 * ```
 */
export type ValidationDetailSource = 'httpwire' | 'validator';

/**
 * The problem for `exception` sent with `status` (which a status policy may have changed).
 * When the status changed, `title` and `code` follow it; an exposed `detail` stays.
 *
 * @example
 * ```ts
 * problemFor(new NotFoundException('No entity with the id "42" exists.'), 404, false);
 * // { type: 'about:blank', title: 'Not Found', status: 404, detail: 'No entity…', code: 'NOT_FOUND' }
 * ```
 */
export function problemFor(
  exception: HttpException,
  status: number,
  exposeInternalErrors: boolean,
  validationDetail: ValidationDetailSource = 'httpwire',
): ProblemDetails {
  const statusChanged = status !== exception.status;
  const title = statusChanged || typeof exception.title !== 'string' ? reasonPhrase(status) : exception.title;
  const code = statusChanged || typeof exception.code !== 'string' ? errorCodeFor(status) : exception.code;
  const problem: ProblemDetails = {
    type: typeof exception.type === 'string' ? exception.type : 'about:blank',
    title,
    status,
    code,
  };
  if (typeof exception.instance === 'string') problem.instance = exception.instance;
  if (exception.expose === true || exposeInternalErrors) {
    const message = exception.message;
    if (
      typeof message === 'string' &&
      message !== '' &&
      message !== title &&
      message !== exception.title &&
      message !== reasonPhrase(exception.status)
    ) {
      problem.detail = message;
    }
    if (exception.details !== undefined) problem.details = exception.details;
    if (isValidationException(exception)) {
      problem.errors = errorsOf(exception, validationDetail);
      if (exception.errorsOmitted > 0) problem.errorsOmitted = exception.errorsOmitted;
    }
    if (exception.extensions !== undefined) problem.extensions = exception.extensions;
  }
  return problem;
}

function errorsOf(exception: ValidationException, source: ValidationDetailSource): readonly ValidationError[] {
  if (source !== 'validator') return exception.errors;
  return exception.errors.map((error, index) => {
    const message = exception.validatorMessages[index];
    return message === undefined ? error : { ...error, detail: message };
  });
}

/**
 * Serializes a problem with the members in their documented order. Throws what `JSON.stringify`
 * throws for `details` it can't serialize (a cycle, a BigInt, a throwing `toJSON`).
 *
 * @example
 * ```ts
 * serializeProblem({ type: 'about:blank', title: 'Not Found', status: 404, code: 'NOT_FOUND' });
 * // '{"type":"about:blank","title":"Not Found","status":404,"code":"NOT_FOUND"}'
 * ```
 */
export function serializeProblem(problem: ProblemDetails): string {
  let json = problemHead(problem.type, problem.title, problem.status);
  if (problem.detail !== undefined) json += `,"detail":${quoteJson(problem.detail)}`;
  if (problem.instance !== undefined) json += `,"instance":${quoteJson(problem.instance)}`;
  json += `,"code":${problem.code === lastCode ? lastQuotedCode : quoteCode(problem.code)}`;
  if (problem.details !== undefined) {
    const details = JSON.stringify(problem.details);
    if (details !== undefined) json += `,"details":${details}`;
  }
  if (problem.errors !== undefined) json += `,"errors":${JSON.stringify(problem.errors)}`;
  if (problem.errorsOmitted !== undefined) json += `,"errorsOmitted":${problem.errorsOmitted}`;
  if (problem.extensions !== undefined) {
    for (const [name, value] of Object.entries(problem.extensions)) {
      const member = JSON.stringify(value);
      if (member !== undefined) json += `,${quoteJson(name)}:${member}`;
    }
  }
  return `${json}}`;
}

/** The last `{"type":…,"title":…,"status":…` written per status: type and title repeat for a status. */
const heads = new Map<number, { type: string; title: string; head: string }>();

function problemHead(type: string, title: string, status: number): string {
  const cached = heads.get(status);
  if (cached !== undefined && cached.type === type && cached.title === title) return cached.head;
  const head = `{"type":${quoteJson(type)},"title":${quoteJson(title)},"status":${status}`;
  heads.set(status, { type, title, head });
  return head;
}

let lastCode = '';
let lastQuotedCode = '""';

function quoteCode(code: string): string {
  lastQuotedCode = quoteJson(code);
  lastCode = code;
  return lastQuotedCode;
}
