import type { ToWireOptions } from '@httpwire/core';
import { SetMetadata } from '@nestjs/common';
import { HTTPWIRE_OPTIONS_METADATA } from './httpwire.constants.js';

/**
 * Overrides httpwire options for a controller or a handler (the handler's win over the controller's,
 * which win over the module's). Errors thrown in its routes use them too.
 *
 * @example
 * ```ts
 * class LegacyController {}
 * // What `@HttpWireOptions(…)` above the class does (a line starting with `@` would end this example):
 * HttpWireOptions({ statusPolicy: 'endpoints' })(LegacyController);
 * ```
 */
export function HttpWireOptions(options: ToWireOptions): ClassDecorator & MethodDecorator {
  return SetMetadata(HTTPWIRE_OPTIONS_METADATA, options);
}
