import { fromReturnValue, type ToWireOptions } from '@httpwire/core';
import type { HttpAdapterHost } from '@nestjs/core';
import { type NestResponse, requestOf, writeOutcome } from './nest-response.js';
import { type RouteContext, routeContextOf } from './route-context.js';
import { isStreamedValue } from './streamed-value.js';

const WIRE_REPLY = Symbol.for('httpwire.nestjs.wireReply');
const INSTALLED = Symbol.for('httpwire.nestjs.replyInstalled');

/** What `HttpWireInterceptor` hands Nest in place of a handler's value: the outcome and the options for it. */
export interface WireReply {
  readonly [WIRE_REPLY]: true;
  readonly outcome: unknown;
  readonly options: ToWireOptions;
}

/** Wraps an outcome for the adapter's `reply`. */
export function wireReply(outcome: unknown, options: ToWireOptions): WireReply {
  return { [WIRE_REPLY]: true, outcome, options };
}

function isWireReply(body: unknown): body is WireReply {
  return typeof body === 'object' && body !== null && (body as Partial<WireReply>)[WIRE_REPLY] === true;
}

type Adapter = HttpAdapterHost['httpAdapter'] & { [INSTALLED]?: true };

/**
 * Whether Nest is replying with a route's result: Nest 12 passes no status then (it set the route's status
 * before the handler ran), Nest 11 passes the route's status. Filters pass the error's status.
 * A web `Response` or stream with no body at all that Nest 12 sends with the route's status is taken for a
 * result too, and goes out as an empty result does: a 204.
 */
function isResultStatus(statusCode: number | undefined, route: RouteContext): boolean {
  return statusCode === undefined || statusCode === route.resultStatus;
}

/**
 * Nest writes a handler's result with `httpAdapter.reply(response, body, status)`, which would send an
 * `HttpResponse`'s bytes as JSON and add a charset. This teaches the adapter to write httpwire's bytes for
 * - a {@link WireReply} (from `HttpWireInterceptor`), and
 * - the result of a route whose context `HttpWireRouteGuard` recorded.
 * Anything else, such as the error body of a filter extending `BaseExceptionFilter` (sent with the error's
 * status), or a value Nest streams itself, goes to Nest's own `reply`, untouched.
 * Installed once per adapter.
 */
export function installWireReply(adapter: Adapter | undefined): void {
  if (adapter === undefined || adapter[INSTALLED]) return;
  const reply = adapter.reply.bind(adapter);
  adapter.reply = (response: unknown, body: unknown, statusCode?: number) => {
    if (isWireReply(body)) {
      writeOutcome(response as NestResponse, body.outcome, body.options);
      return undefined;
    }
    const route = routeContextOf(requestOf(response as NestResponse));
    if (!route?.writesReturnValues || !isResultStatus(statusCode, route) || isStreamedValue(body)) {
      return reply(response, body, statusCode);
    }
    writeOutcome(response as NestResponse, fromReturnValue(body, route.returnValue), route.options);
    return undefined;
  };
  adapter[INSTALLED] = true;
}
