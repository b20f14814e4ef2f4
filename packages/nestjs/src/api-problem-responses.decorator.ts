import { type ProblemSource, problemResponses, reasonPhrase, ValidationException } from '@httpwire/core';
import { applyDecorators } from '@nestjs/common';
import { type ControllerClass, resultStatusOfHandler } from './nest-metadata.js';
import { routeValidates } from './route-validation.js';
import { loadSwagger, type Swagger } from './swagger.js';

/**
 * Documents the problems a route may answer with, in `@nestjs/swagger`'s OpenAPI document: one response per status,
 * each with both media types (`application/problem+json` and `application/json`) and the typed members of its
 * problems (a problem type's `type` URI, title, code and extension members; a validation problem's `errors`).
 * - The route keeps its success response: when no other decorator documents one, its real status is added
 *   (`@HttpCode()`'s, 201 for `@Post()`, else 200), as `@nestjs/swagger` does for a route without responses.
 * - A route whose arguments go through `HttpWireValidationPipe` (or `httpwireExceptionFactory`) documents the 422
 *   validation problem too. With a global pipe, list `ValidationException` yourself.
 * - On a controller, the problems are documented on every route, and each validating route gets its 422.
 *
 * Needs `@nestjs/swagger` (an optional peer); without it, it does nothing. `addProblemResponses` from
 * `@httpwire/core` adds what every route can answer (a 500; a 400, 413 and 415 with a body).
 *
 * @example
 * ```ts
 * class EntitiesController {
 *   findOne(id: string) {}
 * }
 * // What `@ApiProblemResponses(…)` above the method does (a line starting with `@` would end this example):
 * const findOne = Object.getOwnPropertyDescriptor(EntitiesController.prototype, 'findOne');
 * ApiProblemResponses(NotFoundException, OutOfCredit)(EntitiesController.prototype, 'findOne', findOne!);
 * ```
 */
export function ApiProblemResponses(...sources: ProblemSource[]): MethodDecorator & ClassDecorator {
  const swagger = loadSwagger();
  if (swagger === null) return () => {};
  const documented = applyDecorators(
    ...Object.entries(problemResponses(...sources)).map(([status, response]) =>
      swagger.ApiResponse({ status: Number(status), ...response }),
    ),
  );
  return (target: object, key?: string | symbol, descriptor?: PropertyDescriptor) => {
    if (key === undefined || descriptor === undefined) {
      const controller = target as ControllerClass;
      documented(controller);
      // Once every decorator of the class has run: they are applied bottom-up, after this one for those above it.
      queueMicrotask(() => {
        for (const name of Object.getOwnPropertyNames(controller.prototype)) {
          const handler = Object.getOwnPropertyDescriptor(controller.prototype, name)?.value;
          if (name !== 'constructor' && typeof handler === 'function') {
            completeRoute(swagger, controller, name, handler, false);
          }
        }
      });
      return;
    }
    documented(target, key, descriptor);
    queueMicrotask(() => completeRoute(swagger, target.constructor as ControllerClass, key, descriptor.value, true));
  };
}

/**
 * Adds a validating route's 422, then, if the route documents responses but no success, its real success status:
 * `@nestjs/swagger` leaves a route's default response out as soon as any response is documented.
 */
function completeRoute(
  swagger: Swagger,
  controller: ControllerClass,
  key: string | symbol,
  handler: unknown,
  documented: boolean,
): void {
  if (!swagger.isRoute(handler)) return;
  const apply = (options: Record<string, unknown>) =>
    swagger.ApiResponse(options)(controller.prototype, key, { value: handler });
  let responses = swagger.responsesOf(handler);
  if (routeValidates(controller, key, handler) && responses['422'] === undefined) {
    apply({ status: 422, ...problemResponses(ValidationException)['422'] });
    responses = swagger.responsesOf(handler);
  }
  if (!documented && Object.keys(responses).length === 0) return;
  if (Object.keys(responses).some((status) => /^[123]\d\d$/.test(status))) return;
  const status = resultStatusOfHandler(handler);
  apply({ status, description: reasonPhrase(status) });
}
