import { mergeVary } from '@httpwire/core';
import { isConnectionSpecific } from './http2.js';

/** How to read, remove and set one header on a response object (Node's `res`, Fastify's reply). */
export interface HeaderAccess<T> {
  get(target: T, name: string): unknown;
  remove(target: T, name: string): void;
  set(target: T, name: string, value: string | string[]): void;
}

/** Framing headers from earlier writers that would contradict core's framing, unless core sets them itself. */
const STALE_FRAMING = ['content-length', 'content-type', 'transfer-encoding'];
const STALE_TRANSFER_ENCODING = ['transfer-encoding'];
/** On HTTP/2, the connection-specific headers an earlier writer set (Fastify's `connection: close` on a bad body). */
const STALE_ON_HTTP2 = ['connection', 'keep-alive', 'proxy-connection', 'upgrade'];

/**
 * Sets a wire header list (sorted, so repeated names are adjacent) on a response: one call per name, with
 * an array for a repeated one. A header set earlier (by a middleware, a plugin, `@Header()`) is removed and
 * set again, so the wire order is core's; an earlier `vary` is merged into core's, not lost. An earlier framing
 * header that core does not set goes. On HTTP/2, connection-specific headers are left out, whoever set them.
 * Nothing is allocated for a name that appears once.
 */
export function setWireHeaders<T>(
  target: T,
  headers: readonly [string, string][],
  access: HeaderAccess<T>,
  http2: boolean,
): void {
  // Every earlier header goes before any is added: a headers object stays fast when the property deleted is
  // the one added last (Fastify's own `content-type`, set before a `preSerialization` hook), and turns into a
  // slow dictionary when an older one is.
  let earlierVary: unknown;
  let framingSet = 0;
  for (let index = 0; index < headers.length; index++) {
    const name = (headers[index] as [string, string])[0];
    if (index > 0 && (headers[index - 1] as [string, string])[0] === name) continue;
    if (name === 'content-length' || name === 'content-type') framingSet++;
    const earlier = access.get(target, name);
    if (earlier === undefined) continue;
    if (name === 'vary') earlierVary = earlier;
    access.remove(target, name);
  }
  for (let index = 0; index < headers.length; ) {
    const [name, first] = headers[index] as [string, string];
    let end = index + 1;
    while (end < headers.length && (headers[end] as [string, string])[0] === name) end++;
    if (!(http2 && isConnectionSpecific(name))) {
      const value = end - index === 1 ? first : headers.slice(index, end).map(([, each]) => each);
      access.set(target, name, name === 'vary' ? mergeVary(earlierVary, value as string) : value);
    }
    index = end;
  }
  // Core sets both framing headers on every response with a body; the check is only needed without one.
  const stale = framingSet === 2 ? STALE_TRANSFER_ENCODING : STALE_FRAMING;
  for (const name of stale) removeIfSet(target, name, headers, access);
  if (http2) for (const name of STALE_ON_HTTP2) removeIfSet(target, name, headers, access);
}

function removeIfSet<T>(target: T, name: string, headers: readonly [string, string][], access: HeaderAccess<T>): void {
  if (access.get(target, name) === undefined) return;
  if (headers.some(([own]) => own === name)) return;
  access.remove(target, name);
}
