import type { ToWireOptions } from '@httpwire/core';
import { mergeOptions } from '@httpwire/node';
import type { FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** httpwire options for this route, over the app's and its context's. */
    httpwire?: ToWireOptions;
  }
}

/** The options in force for a request's route: the app's, under its context's and route's `config.httpwire`. */
export function optionsFor(request: FastifyRequest, base: ToWireOptions): ToWireOptions {
  return mergeOptions(base, (request.routeOptions.config as { httpwire?: ToWireOptions } | undefined)?.httpwire);
}
