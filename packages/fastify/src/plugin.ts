import { isHttpResponse, routeNotFound, type ToWireOptions } from '@httpwire/core';
import {
  type FastifyReplyLike,
  fastifyPayloadFor,
  mergeOptions,
  sendError,
  sendOutcome,
  watchFastifyJsonBodies,
  withDefaultReporter,
} from '@httpwire/node';
import type { FastifyInstance, FastifyPluginCallback, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { reportThroughRequestLog } from './report-through-request-log.js';
import { optionsFor } from './route-options.js';

/**
 * Options of the httpwire plugin: core's `toWire` options, plus what the plugin installs.
 *
 * @example
 * ```ts
 * await app.register(httpwire, { onError: (error) => app.log.error(error), statusPolicy: 'default' });
 * ```
 */
export interface HttpwireFastifyOptions extends ToWireOptions {
  /** Install httpwire as the root error handler. Default: `true`. */
  errorHandler?: boolean | undefined;
  /** Install httpwire as the not-found handler. Default: `true`. */
  notFoundHandler?: boolean | undefined;
}

const asReply = (reply: FastifyReply) => reply as unknown as FastifyReplyLike;

const plugin: FastifyPluginCallback<HttpwireFastifyOptions> = (fastify, options, done) => {
  const { errorHandler = true, notFoundHandler = true, ...wireOptions } = options;
  const base = withDefaultReporter(wireOptions, reportThroughRequestLog(fastify.log));

  // Only an `HttpResponse` is httpwire's to write; every other payload goes on to Fastify's serializer as is.
  fastify.addHook('preSerialization', (request, reply, payload, next) => {
    if (!isHttpResponse(payload)) {
      next(null, payload);
      return;
    }
    const ready = fastifyPayloadFor(asReply(reply), payload, optionsFor(request, base));
    if (ready instanceof Promise) ready.then((sent) => next(null, sent), next);
    else next(null, ready);
  });

  if (errorHandler) {
    if (hasOwnRootErrorHandler(fastify)) {
      done(
        new Error(
          '@httpwire/fastify would replace the error handler this app already set. Register httpwire with ' +
            '`errorHandler: false`, or set your handler in a child context (it runs first; what it throws reaches httpwire).',
        ),
      );
      return;
    }
    fastify.setErrorHandler((error, request, reply) =>
      sendError(asReply(reply), error, optionsFor(request, base), { status: reply.statusCode }),
    );
    // Fastify refuses JSON with a `__proto__` key as invalid JSON: this lets httpwire say which it was.
    watchFastifyJsonBodies(fastify);
    const installed = fastify.errorHandler;
    fastify.addHook('onReady', (ready) => {
      if (fastify.errorHandler !== installed) {
        process.emitWarning(
          'The root error handler set after @httpwire/fastify replaced it: errors now skip httpwire.',
          'HttpwireWarning',
        );
      }
      ready();
    });
  }
  if (notFoundHandler) {
    fastify.setNotFoundHandler((request, reply) =>
      sendOutcome(asReply(reply), routeNotFound(request.url), optionsFor(request, base)),
    );
  }
  done();
};

/**
 * Whether the app set a root error handler of its own. Fastify binds every handler given to `setErrorHandler`;
 * its own default is a plain function declaration, so only it has a `prototype`.
 */
function hasOwnRootErrorHandler(fastify: FastifyInstance): boolean {
  return !Object.hasOwn(fastify.errorHandler, 'prototype');
}

/**
 * The httpwire plugin for Fastify 5, applied app-wide (it is wrapped with `fastify-plugin`). httpwire decides
 * only what the app left undecided:
 * - every error becomes a problem: thrown, sent (`reply.send(err)`) or Fastify's own. An error that carries a
 *   4xx or 5xx `statusCode` keeps it and its `headers`; one without keeps a 4xx or 5xx the reply already had
 *   (`reply.code(404).send(err)`), as Fastify does;
 * - a returned (or sent) `HttpResponse` is written exactly as built;
 * - everything else is Fastify's: plain values, strings, Buffers and streams go through Fastify's own
 *   serializer (response schemas included), with the status and type the handler set, and `onSend` hooks see
 *   what they see without httpwire.
 *
 * It installs the root error handler and the not-found handler, and never replaces yours silently:
 * registering it after you set a root error handler fails with an error that says so, and a root handler set
 * after it (which Fastify lets win) triggers an `HttpwireWarning` when the app is ready. An error handler in a
 * child context runs first for its routes; whatever it throws reaches httpwire. Turn either handler off with
 * `errorHandler: false` or `notFoundHandler: false`. Per route, `config: { httpwire: { … } }` overrides
 * options; {@link httpwireOptions} does it for a context. Without `onError`, reported errors are logged with
 * `request.log.error`.
 *
 * @example
 * ```ts
 * import Fastify from 'fastify';
 * import { httpwire } from '@httpwire/fastify';
 *
 * const app = Fastify({ logger: true });
 * await app.register(httpwire);
 * app.get<{ Params: { id: string } }>('/entities/:id', async (request) => findEntity(request.params.id));
 * ```
 */
export const httpwire = fp(plugin, { fastify: '5.x', name: '@httpwire/fastify' });

/**
 * Overrides httpwire options for every route of the context it is registered in (and its children).
 *
 * @example
 * ```ts
 * app.register(async (legacy) => {
 *   await legacy.register(httpwireOptions, { statusPolicy: 'endpoints' });
 *   legacy.get('/legacy/:case', handler);
 * });
 * ```
 */
export const httpwireOptions = fp<ToWireOptions>(
  (fastify, override, done) => {
    fastify.addHook('onRoute', (route) => {
      const config = (route.config ?? {}) as { httpwire?: ToWireOptions };
      const own = config.httpwire;
      route.config = {
        ...config,
        httpwire: own === undefined ? override : mergeOptions(override, own),
      } as NonNullable<typeof route.config>;
    });
    done();
  },
  { fastify: '5.x' },
);
