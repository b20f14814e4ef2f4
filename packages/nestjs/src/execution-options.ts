import type { ToWireOptions } from '@httpwire/core';
import { mergeOptions } from '@httpwire/node';
import { HTTPWIRE_OPTIONS_METADATA } from './httpwire.constants.js';
import { HEADERS_METADATA, metadata, resultStatusOfHandler } from './nest-metadata.js';

/** What an execution context tells of its route. */
interface RouteHandle {
  getHandler(): unknown;
  getClass(): unknown;
}

/** The module's options, overridden by `@HttpWireOptions()` on the controller, then on the handler. */
export function optionsFor(base: ToWireOptions, context: RouteHandle): ToWireOptions {
  const onClass = metadata<ToWireOptions>(HTTPWIRE_OPTIONS_METADATA, context.getClass());
  const onHandler = metadata<ToWireOptions>(HTTPWIRE_OPTIONS_METADATA, context.getHandler());
  return mergeOptions(mergeOptions(base, onClass), onHandler);
}

/** The headers `@Header()` sets on the handler. */
export function decoratorHeadersOf(context: RouteHandle): { name: string; value: string }[] {
  return metadata<{ name: string; value: string }[]>(HEADERS_METADATA, context.getHandler()) ?? [];
}

/** The status Nest gives a route's result: `@HttpCode()`'s, else 201 for `@Post()`, else 200. */
export function resultStatusOf(context: RouteHandle): number {
  return resultStatusOfHandler(context.getHandler());
}
