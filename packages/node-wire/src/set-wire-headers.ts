import { mergeVary } from './merge-vary.js';

/** How to read, remove and set one header on a response object (Node's `res`, Fastify's reply). */
export interface HeaderAccess<T> {
  get(target: T, name: string): unknown;
  remove(target: T, name: string): void;
  set(target: T, name: string, value: string | string[]): void;
}

/**
 * Sets a wire header list (sorted, so repeated names are adjacent) on a response: one call per name, with
 * an array for a repeated one. A header set earlier (by a middleware, a plugin, `@Header()`) is removed and
 * set again, so the wire order is core's; an earlier `vary` is merged into core's, not lost.
 * Nothing is allocated for a name that appears once.
 */
export function setWireHeaders<T>(target: T, headers: readonly [string, string][], access: HeaderAccess<T>): void {
  for (let index = 0; index < headers.length; ) {
    const [name, first] = headers[index] as [string, string];
    let end = index + 1;
    while (end < headers.length && (headers[end] as [string, string])[0] === name) end++;
    const value = end - index === 1 ? first : headers.slice(index, end).map(([, each]) => each);
    const earlier = access.get(target, name);
    if (earlier !== undefined) access.remove(target, name);
    access.set(target, name, name === 'vary' ? mergeVary(earlier, value as string) : value);
    index = end;
  }
}
