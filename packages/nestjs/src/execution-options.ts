import type { ToWireOptions } from '@httpwire/core';
import { HTTPWIRE_OPTIONS_METADATA } from './httpwire.constants.js';

/** Nest's metadata keys for `@HttpCode()` and `@Header()`, the same in Nest 11 and 12. */
const HTTP_CODE_METADATA = '__httpCode__';
const HEADERS_METADATA = '__headers__';

/** What a filter's `ArgumentsHost` is at run time for HTTP routes: an execution context. */
interface MaybeExecutionContext {
  getHandler?: () => unknown;
  getClass?: () => unknown;
}

function metadata<T>(key: string, target: unknown): T | undefined {
  if (typeof target !== 'function') return undefined;
  return Reflect.getMetadata(key, target) as T | undefined;
}

/** The module's options, overridden by `@HttpWireOptions()` on the controller, then on the handler. */
export function optionsFor(base: ToWireOptions, context: MaybeExecutionContext): ToWireOptions {
  const onClass = metadata<ToWireOptions>(HTTPWIRE_OPTIONS_METADATA, context.getClass?.());
  const onHandler = metadata<ToWireOptions>(HTTPWIRE_OPTIONS_METADATA, context.getHandler?.());
  return onClass === undefined && onHandler === undefined ? base : { ...base, ...onClass, ...onHandler };
}

/** The status `@HttpCode()` sets on the handler, if any. */
export function httpCodeOf(context: MaybeExecutionContext): number | undefined {
  return metadata<number>(HTTP_CODE_METADATA, context.getHandler?.());
}

/** The headers `@Header()` sets on the handler. */
export function decoratorHeadersOf(context: MaybeExecutionContext): { name: string; value: string }[] {
  return metadata<{ name: string; value: string }[]>(HEADERS_METADATA, context.getHandler?.()) ?? [];
}
