import { fromReturnValue, type ToWireOptions, toWire, type WireRequest, type WireResponse } from '@httpwire/core';

/** A framework-free handler: it reads the request's headers and returns or throws an outcome. */
export type Handler = (headers: Readonly<Record<string, string>>) => unknown;

/** Runs a handler the way every binding does: returned values through `fromReturnValue`, throws as they are. */
export function runHandler(
  handler: Handler,
  request: WireRequest & { headers?: Record<string, string> },
  options?: ToWireOptions,
): WireResponse {
  let outcome: unknown;
  try {
    outcome = fromReturnValue(handler(request.headers ?? {}));
  } catch (thrown) {
    outcome = thrown;
  }
  return toWire(outcome, request, options);
}
