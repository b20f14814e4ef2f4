import { createRequire } from 'node:module';
import { METHOD_METADATA, metadata } from './nest-metadata.js';

type Decorator = (target: object, key?: string | symbol, descriptor?: PropertyDescriptor) => unknown;

/** What the binding uses of `@nestjs/swagger`, an optional peer. */
export interface Swagger {
  ApiResponse(options: Record<string, unknown>): Decorator;
  /** The responses documented on a handler so far, by status. */
  responsesOf(handler: unknown): Record<string, unknown>;
  /** Whether a method is a route (`@Get()`, `@Post()`…), not a helper of the controller. */
  isRoute(handler: unknown): boolean;
}

let swagger: Swagger | null | undefined;

/** `@nestjs/swagger`, or `null` when it is not installed. */
export function loadSwagger(): Swagger | null {
  if (swagger === undefined) swagger = requireSwagger();
  return swagger;
}

function requireSwagger(): Swagger | null {
  let module: { ApiResponse?: Swagger['ApiResponse']; DECORATORS?: { API_RESPONSE?: string } };
  try {
    module = createRequire(import.meta.url)('@nestjs/swagger');
  } catch {
    return null;
  }
  const { ApiResponse } = module;
  if (ApiResponse === undefined) return null;
  const responsesKey = module.DECORATORS?.API_RESPONSE ?? 'swagger/apiResponse';
  return {
    ApiResponse,
    responsesOf: (handler) => metadata<Record<string, unknown>>(responsesKey, handler) ?? {},
    isRoute: (handler) => metadata<number>(METHOD_METADATA, handler) !== undefined,
  };
}
