import Boom from '@hapi/boom';
import type { ErrorContext, ToWireOptions } from '@httpwire/core';
import { abort, BadRequestException, exceptionClassFor, HttpException, HttpResponse } from '@httpwire/core';
import createError from 'http-errors';

/**
 * The reliability routes (`/fuzz…`) are mounted only when `HTTPWIRE_FUZZ=1`: they let a request
 * choose what the handler throws or returns, which no production app should allow.
 */
export function fuzzRoutesEnabled(): boolean {
  return process.env.HTTPWIRE_FUZZ === '1';
}

/** The request header that carries a fuzz case: base64url of its JSON. */
export const FUZZ_CASE_HEADER = 'x-fuzz-case';

/** One header line: name, value, and how many times it repeats (default once). */
export type FuzzHeader = readonly [name: string, value: string, repeat?: number];

/** The body of a fuzzed `HttpResponse`. */
export type FuzzBody =
  | { type: 'empty' }
  | { type: 'text'; text: string; contentType?: string }
  | { type: 'json'; value: unknown }
  | { type: 'binary'; base64: string }
  | { type: 'stream'; chunks: readonly string[]; failAfter?: number; delayMs?: number };

/** Something thrown that is not an `HttpException`: junk, or another library's HTTP error. */
export type FuzzJunk =
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'null' }
  | { type: 'undefined' }
  | { type: 'object'; value: Record<string, unknown> }
  | { type: 'circular'; message: string }
  | { type: 'bigint'; value: string }
  | { type: 'error'; message: string; causes: readonly string[] }
  | { type: 'http-errors'; status: number; message: string }
  | { type: 'boom'; status: number; message: string };

/** What the fuzz route does: throw an exception or junk, `abort`, or return a response or a plain value. */
export type FuzzCase =
  | {
      kind: 'exception';
      status: number;
      named?: boolean;
      message?: string;
      expose?: boolean;
      details?: unknown;
      cause?: string;
      headers?: readonly FuzzHeader[];
    }
  | { kind: 'abort'; status: number; message?: string }
  | { kind: 'response'; status: number; headers: readonly FuzzHeader[]; body: FuzzBody }
  | { kind: 'throw'; junk: FuzzJunk }
  | { kind: 'return'; value: unknown; unserializable?: 'bigint' | 'circular' };

/** Encodes a case for {@link FUZZ_CASE_HEADER}. */
export function encodeFuzzCase(fuzzCase: FuzzCase): string {
  return Buffer.from(JSON.stringify(fuzzCase)).toString('base64url');
}

/** Runs the case carried by the request header: returns what the handler returns, or throws what it throws. */
export function runFuzzCase(header: string | string[] | undefined): unknown {
  return runCase(decodeFuzzCase(header));
}

function decodeFuzzCase(header: string | string[] | undefined): FuzzCase {
  if (typeof header !== 'string') throw new BadRequestException(`Send one ${FUZZ_CASE_HEADER} header.`);
  try {
    return JSON.parse(Buffer.from(header, 'base64url').toString()) as FuzzCase;
  } catch {
    throw new BadRequestException(`The ${FUZZ_CASE_HEADER} header is not base64url JSON.`);
  }
}

function runCase(fuzzCase: FuzzCase): unknown {
  switch (fuzzCase.kind) {
    case 'exception':
      throw buildException(fuzzCase);
    case 'abort':
      return abort(fuzzCase.status, fuzzCase.message);
    case 'response':
      return buildResponse(fuzzCase.status, fuzzCase.headers, fuzzCase.body);
    case 'throw':
      throw buildJunk(fuzzCase.junk);
    case 'return':
      return buildReturnValue(fuzzCase);
  }
}

function buildException(fuzzCase: Extract<FuzzCase, { kind: 'exception' }>): HttpException {
  const options = {
    expose: fuzzCase.expose,
    details: fuzzCase.details,
    cause: fuzzCase.cause === undefined ? undefined : new Error(fuzzCase.cause),
    headers: fuzzCase.headers === undefined ? undefined : expandHeaders(fuzzCase.headers),
  };
  const Named = fuzzCase.named ? exceptionClassFor(fuzzCase.status) : undefined;
  if (Named !== undefined) return new Named(fuzzCase.message, options);
  return new HttpException(fuzzCase.message, { ...options, status: fuzzCase.status });
}

function buildResponse(status: number, headers: readonly FuzzHeader[], body: FuzzBody): HttpResponse {
  switch (body.type) {
    case 'empty':
      return new HttpResponse(status, null, expandHeaders(headers));
    case 'text':
      return HttpResponse.text(body.text, { status, headers: expandHeaders(headers), contentType: body.contentType });
    case 'json':
      return HttpResponse.json(body.value, { status, headers: expandHeaders(headers) });
    case 'binary':
      return HttpResponse.binary(Buffer.from(body.base64, 'base64'), { status, headers: expandHeaders(headers) });
    case 'stream':
      return HttpResponse.stream(fuzzStream(body.chunks, body.failAfter, body.delayMs ?? 0), {
        status,
        headers: expandHeaders(headers),
      });
  }
}

async function* fuzzStream(chunks: readonly string[], failAfter: number | undefined, delayMs: number) {
  for (const [index, chunk] of chunks.entries()) {
    if (index === failAfter) throw new Error('fuzz: the stream source failed');
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(delayMs, 200)));
    yield chunk;
  }
  if (failAfter !== undefined && failAfter >= chunks.length) throw new Error('fuzz: the stream source failed');
}

function expandHeaders(headers: readonly FuzzHeader[]): [string, string][] {
  return headers.flatMap(([name, value, repeat = 1]) =>
    Array.from({ length: Math.min(repeat, 10_000) }, () => [name, value] as [string, string]),
  );
}

function buildJunk(junk: FuzzJunk): unknown {
  switch (junk.type) {
    case 'string':
    case 'number':
      return junk.value;
    case 'null':
      return null;
    case 'undefined':
      return undefined;
    case 'object':
      return junk.value;
    case 'circular': {
      const value: Record<string, unknown> = { message: junk.message };
      value.self = value;
      return value;
    }
    case 'bigint':
      return BigInt(junk.value);
    case 'error': {
      const cause = junk.causes.reduceRight<unknown>(
        (inner, message) => new Error(message, { cause: inner }),
        undefined,
      );
      return new Error(junk.message, { cause });
    }
    case 'http-errors':
      return createError(junk.status, junk.message);
    case 'boom':
      return new Boom.Boom(junk.message, { statusCode: junk.status });
  }
}

function buildReturnValue(fuzzCase: Extract<FuzzCase, { kind: 'return' }>): unknown {
  if (fuzzCase.unserializable === 'bigint') return { value: fuzzCase.value, big: 1n };
  if (fuzzCase.unserializable === 'circular') {
    const value: Record<string, unknown> = { value: fuzzCase.value };
    value.self = value;
    return value;
  }
  return fuzzCase.value;
}

/** Options of `/fuzz/format-throws`: a `format` that always throws, so the safe default 500 is sent. */
export const FORMAT_THROWS: ToWireOptions = {
  format: () => {
    throw new Error('fuzz: the format function failed');
  },
};

/** The `onError` of `/fuzz/on-error-throws`: it reports like the app's, then throws. */
export function throwingOnError(
  onError: (error: unknown, context: ErrorContext) => void,
): (error: unknown, context: ErrorContext) => void {
  return (error, context) => {
    onError(error, context);
    throw new Error('fuzz: onError failed');
  };
}

/** What `/fuzz/after-headers` throws once it has written the status line and a first chunk. */
export function afterHeadersFailure(): Error {
  return new Error('fuzz: failed after the headers went out');
}
