import { requestRejection } from '@httpwire/core';

/**
 * The part of a Fastify instance {@link watchFastifyJsonBodies} uses, structural so that neither this package nor
 * the Nest binding needs Fastify.
 *
 * @example
 * ```ts
 * const hooks: FastifyHooksLike = Fastify();
 * ```
 */
export interface FastifyHooksLike {
  initialConfig: {
    bodyLimit?: number | undefined;
    onProtoPoisoning?: string | undefined;
    onConstructorPoisoning?: string | undefined;
  };
  /** Fastify's own `addHook`, whatever its overloads: only `preParsing` and `preValidation` hooks are added. */
  addHook(name: never, hook: never): unknown;
}

type PreParsingHook = (
  request: { raw: object; headers: Record<string, string | string[] | undefined> },
  reply: unknown,
  payload: NodeJS.ReadableStream,
  done: (error: Error | null, payload?: NodeJS.ReadableStream) => void,
) => void;
type PreValidationHook = (request: { raw: object }, reply: unknown, done: () => void) => void;
type AddHook = ((name: 'preParsing', hook: PreParsingHook) => unknown) &
  ((name: 'preValidation', hook: PreValidationHook) => unknown);

/** The bytes of each JSON body Fastify is parsing, by Node request, until Fastify has parsed or refused it. */
const bodies = new WeakMap<object, { chunks: Buffer[]; stop(): void }>();
const watched = new WeakSet<object>();

/**
 * Lets httpwire tell Fastify's prototype-poisoning guard from invalid JSON. Fastify refuses valid JSON with a
 * `__proto__` or `constructor.prototype` key (`onProtoPoisoning` and `onConstructorPoisoning`, `'error'` by
 * default) with the same `FST_ERR_CTP_INVALID_JSON_BODY` as a body that is not JSON. This keeps the bytes of each
 * `application/json` body while Fastify parses it (up to the body limit, and no longer than the parse), so that
 * such a refusal is answered with 400 `FORBIDDEN_PROTOTYPE_KEY` rather than `INVALID_JSON`. Whether to accept the
 * body stays Fastify's choice. The Fastify plugin and `HttpWireModule` (on Nest's Fastify platform) call it; a
 * second call on the same instance does nothing.
 *
 * @example
 * ```ts
 * const app = Fastify();
 * watchFastifyJsonBodies(app);
 * ```
 */
export function watchFastifyJsonBodies(fastify: FastifyHooksLike): void {
  const {
    bodyLimit = 1024 * 1024,
    onProtoPoisoning = 'error',
    onConstructorPoisoning = 'error',
  } = fastify.initialConfig;
  if (watched.has(fastify) || (onProtoPoisoning !== 'error' && onConstructorPoisoning !== 'error')) return;
  watched.add(fastify);
  const addHook = fastify.addHook.bind(fastify) as unknown as AddHook;
  addHook('preParsing', (request, _reply, payload, done) => {
    if (!isJsonMediaType(request.headers['content-type'])) {
      done(null, payload);
      return;
    }
    keepBytes(request.raw, payload as unknown as EmittingStream, bodyLimit);
    done(null, payload);
  });
  addHook('preValidation', (request, _reply, done) => {
    bodies.get(request.raw)?.stop();
    done();
  });
}

/** A readable stream, as its reader sees it. */
interface EmittingStream {
  emit(event: string | symbol, ...args: unknown[]): boolean;
}

/**
 * Keeps the chunks `payload` hands its reader, as it emits them: the stream Fastify reads stays the same one, read
 * the same way, so that no byte is missed, not even one that arrived before this hook ran (a second stream in between
 * would also cost each JSON request a fifth of its time). Over the limit, Fastify refuses the body as too large:
 * there is nothing to tell apart, and nothing more is kept.
 */
function keepBytes(request: object, payload: EmittingStream, limit: number): void {
  const chunks: Buffer[] = [];
  let kept = 0;
  const stop = () => {
    bodies.delete(request);
    // The stream's own `emit` again, from its prototype.
    delete (payload as Partial<EmittingStream>).emit;
  };
  bodies.set(request, { chunks, stop });
  const emit = payload.emit;
  payload.emit = function keep(event, ...args) {
    const chunk = args[0];
    if (event === 'data' && Buffer.isBuffer(chunk)) {
      kept += chunk.byteLength;
      if (kept > limit) stop();
      else chunks.push(chunk);
    }
    return emit.call(this, event, ...args);
  };
}

/**
 * `error` as httpwire should answer it for `request` (the Node request underneath Fastify's): Fastify's
 * `FST_ERR_CTP_INVALID_JSON_BODY` (or Nest's `HttpException` made from it, its `cause`) for a watched body that is
 * valid JSON with a `__proto__` or `constructor.prototype` key is the `'forbidden-prototype-key'` rejection;
 * anything else is left as it is.
 */
export function fastifyJsonRefusal(error: unknown, request: object | undefined): unknown {
  if (request === undefined || !(isInvalidJsonBody(error) || isInvalidJsonBody(causeOf(error)))) return error;
  const kept = bodies.get(request);
  if (kept === undefined) return error;
  kept.stop();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(kept.chunks).toString('utf8'));
  } catch {
    return error;
  }
  if (!hasPrototypeKey(parsed)) return error;
  const refusal = requestRejection('forbidden-prototype-key');
  Object.defineProperty(refusal, 'cause', { value: error, configurable: true, writable: true });
  return refusal;
}

function isInvalidJsonBody(error: unknown): boolean {
  return (error as { code?: unknown } | null | undefined)?.code === 'FST_ERR_CTP_INVALID_JSON_BODY';
}

function causeOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? (error as { cause?: unknown }).cause : undefined;
}

function isJsonMediaType(contentType: string | string[] | undefined): boolean {
  if (typeof contentType !== 'string') return false;
  const end = contentType.indexOf(';');
  return (end === -1 ? contentType : contentType.slice(0, end)).trim().toLowerCase() === 'application/json';
}

/** Whether parsed JSON has an own `__proto__` key, or a `constructor` key whose value has a `prototype` key. */
function hasPrototypeKey(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next !== 'object' || next === null) continue;
    if (Object.hasOwn(next, '__proto__')) return true;
    const ctor = Object.hasOwn(next, 'constructor') ? (next as { constructor: unknown }).constructor : undefined;
    if (typeof ctor === 'object' && ctor !== null && Object.hasOwn(ctor, 'prototype')) {
      return true;
    }
    for (const member of Object.values(next)) pending.push(member);
  }
  return false;
}
