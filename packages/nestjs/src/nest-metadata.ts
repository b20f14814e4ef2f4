/** Nest's metadata keys, the same in Nest 11 and 12, kept here so the binding imports Nest's types only. */
export const HTTP_CODE_METADATA = '__httpCode__';
export const HEADERS_METADATA = '__headers__';
export const METHOD_METADATA = 'method';
export const ROUTE_ARGS_METADATA = '__routeArguments__';
export const PIPES_METADATA = '__pipes__';
/** `RequestMethod.POST` of `@nestjs/common`. */
const REQUEST_METHOD_POST = 1;

/** A controller class, as decorators receive it. */
export type ControllerClass = abstract new (...args: never[]) => unknown;

/** Metadata Nest's decorators left on a class or a handler. */
export function metadata<T>(key: string, target: unknown, property?: string | symbol): T | undefined {
  if (typeof target !== 'function') return undefined;
  return (property === undefined ? Reflect.getMetadata(key, target) : Reflect.getMetadata(key, target, property)) as
    | T
    | undefined;
}

/** The status Nest gives a handler's result: `@HttpCode()`'s, else 201 for `@Post()`, else 200. */
export function resultStatusOfHandler(handler: unknown): number {
  return (
    metadata<number>(HTTP_CODE_METADATA, handler) ??
    (metadata<number>(METHOD_METADATA, handler) === REQUEST_METHOD_POST ? 201 : 200)
  );
}
