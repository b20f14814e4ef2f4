import {
  type AnyProblemType,
  exceptionClassFor,
  HttpException,
  type HttpExceptionOptions,
  PROBLEM_MEMBERS,
  pointerKeys,
  type ValidationCode,
  ValidationException,
  type ValidationIssue,
  type ValidationLocation,
} from '@httpwire/core';
import type { ErrorResponse } from './error-response.js';

/** An exception rebuilt from a problem, and the members it does not carry, kept apart. */
export interface Rebuilt {
  readonly exception: HttpException;
  readonly apart: Record<string, unknown> | undefined;
}

/** Members of a problem that are not extension members. */
const MEMBERS: ReadonlySet<string> = new Set(PROBLEM_MEMBERS);
/** Response headers an exception carries back, as RFC 9110 ties them to its status. */
const KEPT_HEADERS = ['retry-after', 'www-authenticate', 'allow'];
const LOCATIONS = new Set<ValidationLocation>(['path', 'query', 'header']);
/** A header value a `Headers` object takes: no CR, LF or NUL, and a sane length. */
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]{0,8192}$/;

/** An exception of the response's status, for an error response that is not a problem. */
export function bareException(response: Pick<ErrorResponse, 'status' | 'header'>): HttpException {
  return create(response.status, undefined, { headers: keptHeaders(response) });
}

/**
 * The exception a problem describes. A problem type of the app is taken only when the problem names its `type`,
 * comes with its status, and has members that match its schemas; anything else is the status's class, whose
 * extension members (and `details`) are kept apart, untyped, so that relaying it forwards none of them.
 */
export function rehydrate(
  problem: Record<string, unknown>,
  response: ErrorResponse,
  types: readonly AnyProblemType[],
  maxErrors: number,
): Rebuilt {
  const detail = stringOr(problem.detail);
  const members = extensionMembersOf(problem);
  const headers = keptHeaders(response);
  const instance = stringOr(problem.instance);
  const typed = asProblemType(problem, response.status, types, { detail, members, headers, instance });
  if (typed !== undefined) return typed;
  const apart = problem.details === undefined ? members : { ...members, details: problem.details };
  const own: HttpExceptionOptions = {
    headers,
    instance,
    type: stringOr(problem.type),
    title: stringOr(problem.title),
    code: stringOr(problem.code),
  };
  if (Array.isArray(problem.errors) && (response.status === 422 || response.status === 400)) {
    return { exception: validationException(problem, response.status, own, maxErrors), apart: nonEmpty(apart) };
  }
  return { exception: create(response.status, detail, own), apart: nonEmpty(apart) };
}

function asProblemType(
  problem: Record<string, unknown>,
  status: number,
  types: readonly AnyProblemType[],
  read: {
    detail: string | undefined;
    members: Record<string, unknown>;
    headers: Record<string, string> | undefined;
    instance: string | undefined;
  },
): Rebuilt | undefined {
  const ProblemType = types.find(
    (candidate) => candidate.definition.type === problem.type && candidate.definition.status === status,
  );
  if (ProblemType === undefined) return undefined;
  const declared = ProblemType.definition.extensions ?? {};
  const extensions: Record<string, unknown> = {};
  const apart: Record<string, unknown> = problem.details === undefined ? {} : { details: problem.details };
  for (const [name, value] of Object.entries(read.members)) {
    // Defined, not assigned: a member named `__proto__` is a member, not a prototype.
    Object.defineProperty(Object.hasOwn(declared, name) ? extensions : apart, name, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  try {
    // The type's own constructor checks the members against its schemas, and refuses what does not match.
    const exception = new (
      ProblemType as unknown as new (
        message?: string,
        options?: HttpExceptionOptions,
      ) => HttpException
    )(read.detail, { headers: read.headers, instance: read.instance, extensions });
    return { exception, apart: nonEmpty(apart) };
  } catch {
    return undefined;
  }
}

function create(status: number, message: string | undefined, options: HttpExceptionOptions): HttpException {
  const Named = exceptionClassFor(status);
  return Named === undefined ? new HttpException(message, { ...options, status }) : new Named(message, options);
}

/**
 * A validation problem's `errors`, the first `maxErrors` of them: an unknown `code` is `invalid`, an unknown `in` is
 * dropped, and entries cut or unreadable are counted in `errorsOmitted` with the upstream's own count.
 */
function validationException(
  problem: Record<string, unknown>,
  status: 400 | 422,
  options: HttpExceptionOptions,
  maxErrors: number,
): HttpException {
  const entries = problem.errors as unknown[];
  const issues: ValidationIssue[] = [];
  for (let index = 0; index < entries.length && issues.length < maxErrors; index++) {
    const error = entries[index];
    if (typeof error !== 'object' || error === null) continue;
    const { pointer, code, in: location, detail } = error as Record<string, unknown>;
    if (typeof pointer !== 'string') continue;
    issues.push({
      path: pointerKeys(pointer),
      code: code as ValidationCode,
      in: LOCATIONS.has(location as ValidationLocation) ? (location as ValidationLocation) : undefined,
      message: stringOr(detail),
    });
  }
  const upstreamOmitted = problem.errorsOmitted;
  const upstream = Number.isSafeInteger(upstreamOmitted) && (upstreamOmitted as number) > 0 ? upstreamOmitted : 0;
  const omitted = Math.min((upstream as number) + entries.length - issues.length, 2 ** 52);
  const { details: _details, extensions: _extensions, ...own } = options;
  return new ValidationException(issues, { ...own, status, maxErrors, errorsOmitted: omitted });
}

function extensionMembersOf(problem: Record<string, unknown>): Record<string, unknown> {
  const members: Record<string, unknown> = {};
  for (const name of Object.keys(problem)) {
    if (!MEMBERS.has(name)) Object.defineProperty(members, name, { value: problem[name], enumerable: true });
  }
  return members;
}

function keptHeaders(response: Pick<ErrorResponse, 'header'>): Record<string, string> | undefined {
  const kept: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = response.header(name);
    if (value !== undefined && HEADER_VALUE.test(value)) kept[name] = value;
  }
  return Object.keys(kept).length === 0 ? undefined : kept;
}

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function nonEmpty(members: Record<string, unknown>): Record<string, unknown> | undefined {
  return Object.keys(members).length === 0 ? undefined : members;
}
