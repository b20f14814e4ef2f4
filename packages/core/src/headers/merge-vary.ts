/**
 * Merges a `vary` value already on the response (CORS middleware's `Origin`, a `@Header()`) with the
 * wire's, so that neither is lost; a `*` wins. For bindings that lay httpwire's headers over a response's own.
 *
 * @example
 * ```ts
 * mergeVary('Origin', 'accept'); // 'Origin, accept'
 * ```
 */
export function mergeVary(existing: unknown, wire: string): string {
  const earlier = Array.isArray(existing) ? existing.join(', ') : typeof existing === 'string' ? existing : '';
  if (earlier === '') return wire;
  const fields = [...earlier.split(','), ...wire.split(',')].map((field) => field.trim()).filter(Boolean);
  if (fields.includes('*')) return '*';
  const seen = new Set<string>();
  return fields.filter((field) => !seen.has(field.toLowerCase()) && seen.add(field.toLowerCase())).join(', ');
}
