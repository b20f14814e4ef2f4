import type { ToWireOptions } from '@httpwire/core';
import { withDefaultReporter } from '@httpwire/node';
import { reportLikeNest } from './report-like-nest.js';

/** The module's options as every provider uses them: without `onError`, errors are logged as Nest does. */
export function resolveModuleOptions(options: ToWireOptions | undefined): ToWireOptions {
  return withDefaultReporter(options ?? {}, reportLikeNest);
}
