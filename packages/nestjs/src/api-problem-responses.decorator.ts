import { createRequire } from 'node:module';
import { type HttpException, reasonPhrase } from '@httpwire/core';
import { applyDecorators } from '@nestjs/common';

type ApiResponseFactory = (options: Record<string, unknown>) => MethodDecorator & ClassDecorator;

let apiResponse: ApiResponseFactory | null | undefined;

/** `@nestjs/swagger`'s `ApiResponse`, or `null` when that optional peer is not installed. */
function loadApiResponse(): ApiResponseFactory | null {
  if (apiResponse === undefined) {
    try {
      const swagger = createRequire(import.meta.url)('@nestjs/swagger') as { ApiResponse?: ApiResponseFactory };
      apiResponse = swagger.ApiResponse ?? null;
    } catch {
      apiResponse = null;
    }
  }
  return apiResponse;
}

/** The RFC 9457 problem schema httpwire sends, for one status. */
function problemSchema(status: number): Record<string, unknown> {
  return {
    type: 'object',
    required: ['type', 'title', 'status', 'code'],
    properties: {
      type: { type: 'string', format: 'uri-reference', example: 'about:blank' },
      title: { type: 'string', example: reasonPhrase(status) },
      status: { type: 'integer', example: status },
      detail: { type: 'string' },
      code: { type: 'string' },
      details: {},
    },
  };
}

/**
 * Documents the problems a route may answer with, one OpenAPI response per exception class, each with an
 * `application/problem+json` schema. Needs `@nestjs/swagger` (an optional peer); without it, it does nothing.
 *
 * @example
 * @Get(':id')
 * @ApiProblemResponses(NotFoundException, ConflictException)
 * findOne(@Param('id') id: string) {}
 */
export function ApiProblemResponses(...exceptions: (typeof HttpException)[]): MethodDecorator & ClassDecorator {
  const ApiResponse = loadApiResponse();
  if (ApiResponse === null) return () => {};
  return applyDecorators(
    ...exceptions.map((exception) =>
      ApiResponse({
        status: exception.status,
        description: `${reasonPhrase(exception.status)} (${exception.name})`,
        content: { 'application/problem+json': { schema: problemSchema(exception.status) } },
      }),
    ),
  );
}
