type Mutable<T> = { -readonly [Key in keyof T]: Mutable<T[Key]> };

/**
 * A copy of one of the example domain's `as const` JSON Schemas, typed as the mutable objects `@nestjs/swagger`
 * declares (and free to be changed by it without changing the Fastify app's).
 */
export function schema<Shared>(shared: Shared): Mutable<Shared> {
  return structuredClone(shared) as Mutable<Shared>;
}
