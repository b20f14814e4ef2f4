import {
  earlyStreamFailureWire,
  emptiedWire,
  type ResponseState,
  startStream,
  type ToWireOptions,
  toWire,
  type WireRequest,
  type WireResponse,
} from '@httpwire/core';
import { readableBody } from './readable-body.js';
import { webWireRequest } from './web-request.js';

/**
 * The web `Response` for whatever a handler returned or threw, for this `Request`: core's `toWire` (problems
 * negotiated by `Accept`, `HEAD` without a body, 204 and 304 without one either), as a `Response` any runtime
 * sends. Repeated `set-cookie` headers stay separate. A stream is started before the `Response` is made, so a
 * source that fails before its first chunk still gets a clean problem; one that fails later errors the body.
 *
 * @example
 * ```ts
 * export default { fetch: (request: Request) => toResponse(new NotFoundException('No such widget.'), request) };
 * ```
 */
export function toResponse(
  outcome: unknown,
  request: Request,
  options: ToWireOptions = {},
  state?: ResponseState,
): Promise<Response> {
  const wireRequest = webWireRequest(request);
  return responseOf(toWire(outcome, wireRequest, options, state), wireRequest, options);
}

async function responseOf(wire: WireResponse, request: WireRequest, options: ToWireOptions): Promise<Response> {
  const { body } = wire;
  if (body === null || body instanceof Uint8Array) return bufferedResponse(wire);
  const started = await startStream(body);
  if ('error' in started) return responseOf(earlyStreamFailureWire(started.error, request, options), request, options);
  if (started.empty) return responseOf(emptiedWire(wire), request, options);
  return new Response(readableBody(started.stream), initOf(wire));
}

/** The `Response` for a wire whose body is bytes or nothing (a problem always is): no stream to start. */
export function bufferedResponse(wire: WireResponse): Response {
  return new Response(wire.body instanceof Uint8Array ? (wire.body as Uint8Array<ArrayBuffer>) : null, initOf(wire));
}

function initOf(wire: WireResponse): ResponseInit {
  // Pairs, not a `Headers`: the `Response` builds its own, appending each, so repeated `set-cookie`s stay apart.
  return { status: wire.status, statusText: wire.statusText, headers: wire.headers as [string, string][] };
}
