import { fromReturnValue, routeNotFound, type ToWireOptions } from '@httpwire/core';
import { type FastifyReplyLike, failAfterHeaders, replyWithFastify, wireRequestOf } from '@httpwire/node-wire';
import type { FastifyInstance, FastifyPluginCallback, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Options of the httpwire plugin: core's `toWire` options, plus what the plugin installs.
 *
 * @example
 * await app.register(httpwire, { onError: (error) => app.log.error(error), statusPolicy: 'default' });
 */
export interface HttpwireFastifyOptions extends ToWireOptions {
  /** Install httpwire as the root error handler. Default: `true`. */
  errorHandler?: boolean | undefined;
  /** Install httpwire as the not-found handler. Default: `true`. */
  notFoundHandler?: boolean | undefined;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** httpwire options for this route, over the app's and its context's. */
    httpwire?: ToWireOptions;
  }
}

const routeOptionsKey = 'httpwire';
/** The name of Fastify's own root error handler, which httpwire may replace without asking. */
const FASTIFY_DEFAULT_ERROR_HANDLER = 'defaultErrorHandler';

function sendOutcome(reply: FastifyReply, outcome: unknown, options: ToWireOptions): FastifyReply {
  return replyWithFastify(reply as unknown as FastifyReplyLike, outcome, options) as FastifyReply;
}

/** Merged options per route override, so an overridden route allocates nothing per request. */
const merged = new WeakMap<ToWireOptions, { base: ToWireOptions; options: ToWireOptions }>();

function optionsFor(request: FastifyRequest, base: ToWireOptions): ToWireOptions {
  const own = (request.routeOptions.config as { httpwire?: ToWireOptions } | undefined)?.[routeOptionsKey];
  if (own === undefined) return base;
  let entry = merged.get(own);
  if (entry === undefined || entry.base !== base) {
    entry = { base, options: { ...base, ...own } };
    merged.set(own, entry);
  }
  return entry.options;
}

function wrapHandler(route: RouteOptions, base: ToWireOptions): void {
  const handler = route.handler;
  // A route with a response schema keeps Fastify's serializer for plain values.
  const plainValuesToWire = route.schema?.response === undefined;
  function settle(request: FastifyRequest, reply: FastifyReply, value: unknown, async: boolean): unknown {
    if (value === reply || reply.sent) return value;
    if (value === undefined && !async) return value;
    const outcome = fromReturnValue(value);
    if (!plainValuesToWire && outcome !== value && value !== undefined) return value;
    return sendOutcome(reply, outcome, optionsFor(request, base));
  }
  route.handler = function wireHandler(this: FastifyInstance, request, reply) {
    const result: unknown = handler.call(this, request, reply);
    if (typeof (result as PromiseLike<unknown> | null)?.then === 'function') {
      return (result as PromiseLike<unknown>).then((value) => settle(request, reply, value, true));
    }
    return settle(request, reply, result, false);
  };
}

const plugin: FastifyPluginCallback<HttpwireFastifyOptions> = (fastify, options, done) => {
  const { errorHandler = true, notFoundHandler = true, ...base } = options;
  fastify.addHook('onRoute', (route) => wrapHandler(route, base));
  if (errorHandler) {
    if (fastify.errorHandler.name !== FASTIFY_DEFAULT_ERROR_HANDLER) {
      done(
        new Error(
          '@httpwire/fastify would replace the error handler this app already set. Register httpwire with ' +
            '`errorHandler: false`, or set your handler in a child context (it runs first; what it throws reaches httpwire).',
        ),
      );
      return;
    }
    const handleError: Parameters<FastifyInstance['setErrorHandler']>[0] = function httpwireErrorHandler(
      error,
      request,
      reply,
    ) {
      const scoped = optionsFor(request, base);
      if (!reply.raw.headersSent) return sendOutcome(reply, error, scoped);
      failAfterHeaders(reply.raw, error, scoped, wireRequestOf(request));
      return reply;
    };
    fastify.setErrorHandler(handleError);
    fastify.addHook('onReady', (ready) => {
      // Fastify binds the handler it is given, so it is recognised by name ("bound httpwireErrorHandler").
      if (!fastify.errorHandler.name.endsWith(handleError.name)) {
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
      sendOutcome(reply, routeNotFound(request.url), optionsFor(request, base)),
    );
  }
  done();
};

/**
 * The httpwire plugin for Fastify 5, applied app-wide (it is wrapped with `fastify-plugin`).
 * - Handlers may return an `HttpResponse`, a value (JSON), a string (text) or, from an async handler,
 *   nothing (204); and may throw anything. Routes with a response schema keep Fastify's serializer for
 *   plain values. Register the plugin before your routes: it wraps the routes declared after it.
 * - It installs the root error handler and the not-found handler, and never replaces yours silently:
 *   registering it after you set a root error handler fails with an error that says so, and a root
 *   handler set after it (which Fastify lets win) triggers an `HttpwireWarning` when the app is ready.
 *   An error handler in a child context runs first for its routes; whatever it throws reaches httpwire.
 *   Turn either handler off with `errorHandler: false` or `notFoundHandler: false`.
 * - Per route, `config: { httpwire: { … } }` overrides options; {@link httpwireOptions} does it for a context.
 *
 * @example
 * import Fastify from 'fastify';
 * import { httpwire } from '@httpwire/fastify';
 *
 * const app = Fastify();
 * await app.register(httpwire, { onError: (error) => app.log.error(error) });
 * app.get('/entities/:id', async (request) => findEntity(request.params.id));
 */
export const httpwire = fp(plugin, { fastify: '5.x', name: '@httpwire/fastify' });

/**
 * A `frameworkErrors` handler for the Fastify factory. Fastify answers some requests before any plugin
 * runs (a path that is not valid percent-encoding: `FST_ERR_BAD_URL`); this sends those through
 * httpwire too. Plugins cannot set it, so pass it where you create the app.
 *
 * @example
 * const app = Fastify({ frameworkErrors: httpwireFrameworkErrors({ onError }) });
 */
export function httpwireFrameworkErrors(
  options: ToWireOptions = {},
): (error: Error, request: FastifyRequest, reply: FastifyReply) => void {
  return (error, _request, reply) => {
    sendOutcome(reply, error, options);
  };
}

/**
 * Overrides httpwire options for every route of the context it is registered in (and its children).
 *
 * @example
 * app.register(async (legacy) => {
 *   await legacy.register(httpwireOptions, { statusPolicy: 'endpoints' });
 *   legacy.get('/legacy/:case', handler);
 * });
 */
export const httpwireOptions = fp<ToWireOptions>(
  (fastify, override, done) => {
    fastify.addHook('onRoute', (route) => {
      const config = (route.config ?? {}) as { httpwire?: ToWireOptions };
      route.config = { ...config, httpwire: { ...override, ...config.httpwire } } as NonNullable<typeof route.config>;
    });
    done();
  },
  { fastify: '5.x' },
);
