import { HttpWireValidationPipe, httpwireExceptionFactory } from './httpwire-validation.pipe.js';
import { type ControllerClass, metadata, PIPES_METADATA, ROUTE_ARGS_METADATA } from './nest-metadata.js';

/**
 * Whether a route's arguments go through httpwire's validation: an `HttpWireValidationPipe` (or a `ValidationPipe`
 * with `httpwireExceptionFactory`) on one of its parameters, the handler or the controller. A global pipe is not
 * visible from a route.
 */
export function routeValidates(controller: ControllerClass, key: string | symbol, handler: unknown): boolean {
  const parameters = Object.values(
    metadata<Record<string, { pipes?: unknown[] }>>(ROUTE_ARGS_METADATA, controller, key) ?? {},
  );
  const pipes = [
    ...parameters.flatMap((parameter) => parameter.pipes ?? []),
    ...(metadata<unknown[]>(PIPES_METADATA, handler) ?? []),
    ...(metadata<unknown[]>(PIPES_METADATA, controller) ?? []),
  ];
  return pipes.some(isHttpwireValidation);
}

function isHttpwireValidation(pipe: unknown): boolean {
  if (typeof pipe === 'function')
    return pipe === HttpWireValidationPipe || pipe.prototype instanceof HttpWireValidationPipe;
  return (
    pipe instanceof HttpWireValidationPipe ||
    (typeof pipe === 'object' &&
      pipe !== null &&
      (pipe as { exceptionFactory?: unknown }).exceptionFactory === httpwireExceptionFactory)
  );
}
