/**
 * The injection token of the module's options (the module is global, so it can be injected anywhere).
 *
 * @example
 * ```ts
 * class AuditFilter {
 *   constructor(@Inject(HTTPWIRE_OPTIONS) private readonly options: ToWireOptions) {}
 * }
 * ```
 */
export const HTTPWIRE_OPTIONS = Symbol.for('httpwire.nestjs.options');
/** The metadata key of `@HttpWireOptions()`. */
export const HTTPWIRE_OPTIONS_METADATA = 'httpwire:options';
