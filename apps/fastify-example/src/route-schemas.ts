import {
  ImATeapotException,
  MethodNotAllowedException,
  NotFoundException,
  problemResponses,
  TooManyRequestsException,
  UnauthorizedException,
} from '@httpwire/core';
import * as domain from '@httpwire/example-domain';
import type { FastifySchema } from 'fastify';

const { SUCCESS_SCHEMAS: success } = domain;
const NO_CONTENT = { description: 'No Content', type: 'null' };
const JSON_RESPONSE = (schema: object) => ({ description: 'OK', content: { 'application/json': { schema } } });

/**
 * The response schemas of the example's routes, for its OpenAPI document: each route's success and the problems
 * its handler throws (`problemResponses`); `httpwireSwagger` adds the 422 of `/widgets` and `addProblemResponses`
 * what every route can answer. Every value the routes return is an `HttpResponse`, written as built, so these
 * schemas document the wire without serializing it. Copied per app, as Fastify and `@fastify/swagger` own them.
 */
export function routeSchemas() {
  return structuredClone({
    entity: { response: { 200: JSON_RESPONSE(success.entity), ...problemResponses(NotFoundException) } },
    secure: { response: { 200: JSON_RESPONSE(success.ok), ...problemResponses(UnauthorizedException) } },
    predict: { response: { 200: JSON_RESPONSE(success.prediction), ...problemResponses(UnauthorizedException) } },
    widgets: { body: domain.WIDGET_JSON_SCHEMA, response: { 201: JSON_RESPONSE(success.created) } },
    responseKinds: {
      response: {
        200: { description: 'OK', content: domain.RESPONSE_KINDS_CONTENT },
        ...problemResponses(NotFoundException),
      },
    },
    conflict: { response: problemResponses(domain.DuplicateEntityException) },
    credit: { response: problemResponses(domain.OutOfCreditException) },
    results: { response: { 200: JSON_RESPONSE(success.results), 204: NO_CONTENT } },
    teapot: { response: problemResponses(ImATeapotException) },
    methods: { response: problemResponses(MethodNotAllowedException) },
    slowDown: { response: problemResponses(TooManyRequestsException) },
    foreign: { response: problemResponses(NotFoundException) },
    streamFail: { response: { 200: { description: 'OK', content: { 'text/plain': { schema: success.text } } } } },
    // After the `endpoints` policy: a 418 and a 302 become 404s, a 405 a 501, a 408 and a 502 a 503, a 201 a 204.
    legacy: { response: { 200: JSON_RESPONSE(success.ok), 204: NO_CONTENT, ...problemResponses(404, 501, 503) } },
  }) satisfies Record<string, FastifySchema>;
}

/** The request body `/predict` reads, documented only: its handler checks it, so Fastify must not validate it. */
export function documentedRequestBodies(): Record<string, object> {
  return { '/predict': structuredClone(domain.PREDICT_REQUEST_SCHEMA) };
}
