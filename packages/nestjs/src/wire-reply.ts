import { isHttpResponse, type ToWireOptions } from '@httpwire/core';
import { sendOutcome } from '@httpwire/node';
import type { HttpAdapterHost } from '@nestjs/core';
import { type NestResponse, requestOf } from './nest-response.js';
import { routeContextOf, takeReturnedResponse } from './route-context.js';

const INSTALLED = Symbol.for('httpwire.nestjs.replyInstalled');

type Adapter = HttpAdapterHost['httpAdapter'] & { [INSTALLED]?: true };

/**
 * Nest writes a handler's result with `httpAdapter.reply(response, body, status)`, which would send an
 * `HttpResponse` as a JSON dump of the object. This teaches the adapter to write httpwire's bytes for:
 * - an `HttpResponse` body, whoever replies with it;
 * - the `HttpResponse` a route returned, which interceptors outside httpwire's may have reshaped
 *   (`ClassSerializerInterceptor` makes a plain object of it), when Nest replies with the route's result.
 * Everything else (plain values, streams, `StreamableFile`s, web `Response`s, the body of an app's own
 * exception filter) goes to Nest's own `reply`, untouched, with the status Nest and the app chose.
 * Installed once per adapter; `fallback` are the options for a reply no route context was recorded for.
 */
export function installWireReply(adapter: Adapter | undefined, fallback: ToWireOptions): void {
  if (adapter === undefined || adapter === null || adapter[INSTALLED]) return;
  const reply = adapter.reply.bind(adapter);
  adapter.reply = (response: unknown, body: unknown, statusCode?: number) => {
    const request = requestOf(response as NestResponse);
    const route = routeContextOf(request);
    // Nest 12 replies to a result without a status (it set the route's before the handler ran); Nest 11 with the
    // route's. A filter replies with the error's.
    const isResult = route !== undefined && (statusCode === undefined || statusCode === route.resultStatus);
    const returned = isResult ? takeReturnedResponse(request) : undefined;
    const outcome = isHttpResponse(body) ? body : returned;
    if (outcome === undefined || route?.writesResponses === false) return reply(response, body, statusCode);
    sendOutcome(response as NestResponse, outcome, route?.options ?? fallback);
    return undefined;
  };
  adapter[INSTALLED] = true;
}
