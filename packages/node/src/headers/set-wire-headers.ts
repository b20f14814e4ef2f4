import { isConnectionSpecific } from './http2.js';
import { mergeVary } from './merge-vary.js';

/** How to read, remove and set one header on a response object (Node's `res`, Fastify's reply). */
export interface HeaderAccess<T> {
  get(target: T, name: string): unknown;
  remove(target: T, name: string): void;
  set(target: T, name: string, value: string | string[]): void;
}

/** Framing headers from earlier writers that would contradict core's framing. */
const STALE_FRAMING = ['content-length', 'transfer-encoding', 'content-type'];
/** On HTTP/2, the connection-specific headers an earlier writer set (Fastify's `connection: close` on a bad body). */
const STALE_ON_HTTP2 = ['connection', 'keep-alive', 'proxy-connection', 'upgrade'];

/**
 * Sets a wire header list (sorted, so repeated names are adjacent) on a response: one call per name, with
 * an array for a repeated one. A header set earlier (by a middleware, a plugin, `@Header()`) is removed and
 * set again, so the wire order is core's; an earlier `vary` is merged into core's, not lost. Earlier framing
 * headers go first. On HTTP/2, connection-specific headers are left out, whoever set them.
 * Nothing is allocated for a name that appears once.
 */
export function setWireHeaders<T>(
  target: T,
  headers: readonly [string, string][],
  access: HeaderAccess<T>,
  http2: boolean,
): void {
  for (const name of STALE_FRAMING) if (access.get(target, name) !== undefined) access.remove(target, name);
  if (http2) for (const name of STALE_ON_HTTP2) if (access.get(target, name) !== undefined) access.remove(target, name);
  for (let index = 0; index < headers.length; ) {
    const [name, first] = headers[index] as [string, string];
    let end = index + 1;
    while (end < headers.length && (headers[end] as [string, string])[0] === name) end++;
    if (!(http2 && isConnectionSpecific(name))) {
      const value = end - index === 1 ? first : headers.slice(index, end).map(([, each]) => each);
      const earlier = access.get(target, name);
      if (earlier !== undefined) access.remove(target, name);
      access.set(target, name, name === 'vary' ? mergeVary(earlier, value as string) : value);
    }
    index = end;
  }
}
