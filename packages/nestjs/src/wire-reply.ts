import type { ToWireOptions } from '@httpwire/core';
import type { HttpAdapterHost } from '@nestjs/core';
import { type NestResponse, writeOutcome } from './nest-response.js';

const WIRE_REPLY = Symbol.for('httpwire.nestjs.wireReply');
const INSTALLED = Symbol.for('httpwire.nestjs.replyInstalled');

/** What the interceptor hands Nest in place of a handler's value: the outcome and the options for it. */
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
 * Nest writes a handler's result with `httpAdapter.reply(response, body, status)`, which would send an
 * `HttpResponse`'s bytes as JSON and add a charset. The interceptor returns a {@link WireReply} instead,
 * and this teaches the adapter to write exactly those bytes; every other body goes to Nest's own
 * `reply`, untouched. Installed once per adapter.
 */
export function installWireReply(adapter: Adapter | undefined): void {
  if (adapter === undefined || adapter[INSTALLED]) return;
  const reply = adapter.reply.bind(adapter);
  adapter.reply = (response: unknown, body: unknown, statusCode?: number) => {
    if (!isWireReply(body)) return reply(response, body, statusCode);
    writeOutcome(response as NestResponse, body.outcome, body.options);
    return undefined;
  };
  adapter[INSTALLED] = true;
}
