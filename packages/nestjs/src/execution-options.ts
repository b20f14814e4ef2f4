import type { ToWireOptions } from '@httpwire/core';
import { mergeOptions } from '@httpwire/node';
import { HTTPWIRE_OPTIONS_METADATA } from './httpwire.constants.js';

/** Nest's metadata keys for `@HttpCode()`, `@Header()` and the route's method, the same in Nest 11 and 12. */
const HTTP_CODE_METADATA = '__httpCode__';
const HEADERS_METADATA = '__headers__';
const METHOD_METADATA = 'method';
/** `RequestMethod.POST` of `@nestjs/common`, kept here so the binding imports Nest's types only. */
const REQUEST_METHOD_POST = 1;

/** What an execution context tells of its route. */
interface RouteHandle {
  getHandler(): unknown;
  getClass(): unknown;
}

function metadata<T>(key: string, target: unknown): T | undefined {
  if (typeof target !== 'function') return undefined;
  return Reflect.getMetadata(key, target) as T | undefined;
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
  return (
    metadata<number>(HTTP_CODE_METADATA, context.getHandler()) ??
    (metadata<number>(METHOD_METADATA, context.getHandler()) === REQUEST_METHOD_POST ? 201 : 200)
  );
}
