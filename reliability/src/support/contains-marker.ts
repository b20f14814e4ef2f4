/**
 * Whether `marker` is anywhere in `value`: a string, an error's message, stack or `cause`, an object's
 * own properties, at any depth, circular structures included.
 */
export function containsMarker(value: unknown, marker: string, seen = new Set<unknown>()): boolean {
  if (typeof value === 'string') return value.includes(marker);
  if (typeof value !== 'object' || value === null || seen.has(value)) return false;
  seen.add(value);
  if (value instanceof Error) {
    if (containsMarker(value.message, marker, seen) || containsMarker(value.stack, marker, seen)) return true;
    if (containsMarker(value.cause, marker, seen)) return true;
  }
  return Reflect.ownKeys(value).some((key) => {
    try {
      return containsMarker((value as Record<PropertyKey, unknown>)[key], marker, seen);
    } catch {
      return false;
    }
  });
}
