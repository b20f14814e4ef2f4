import type { ToWireOptions } from './wire-types.js';

const merged = new WeakMap<ToWireOptions, WeakMap<ToWireOptions, ToWireOptions>>();

/**
 * The options in force where an override applies (a router, a Fastify context or route, a Nest controller or
 * handler): the override's own options win over `base`. Merged once per pair and cached, so a route with an
 * override allocates nothing per request.
 *
 * @example
 * ```ts
 * const legacy = mergeOptions(appOptions, { statusPolicy: 'endpoints' });
 * ```
 */
export function mergeOptions(base: ToWireOptions, override: ToWireOptions | undefined): ToWireOptions {
  if (override === undefined || override === base) return base;
  let byOverride = merged.get(base);
  if (byOverride === undefined) {
    byOverride = new WeakMap();
    merged.set(base, byOverride);
  }
  let options = byOverride.get(override);
  if (options === undefined) {
    options = { ...base, ...withoutUndefined(override) };
    byOverride.set(override, options);
  }
  return options;
}

/**
 * `options` with `onError` set to `report` when the app gave none: each binding logs reported errors through
 * its framework's logger by default, and an `onError` of the app's replaces that.
 *
 * @example
 * ```ts
 * const options = withDefaultReporter(appOptions, (error) => console.error(error));
 * ```
 */
export function withDefaultReporter(
  options: ToWireOptions,
  report: NonNullable<ToWireOptions['onError']>,
): ToWireOptions {
  return options.onError === undefined ? { ...options, onError: report } : options;
}

function withoutUndefined(options: ToWireOptions): ToWireOptions {
  const defined: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(options)) if (value !== undefined) defined[name] = value;
  return defined as ToWireOptions;
}
