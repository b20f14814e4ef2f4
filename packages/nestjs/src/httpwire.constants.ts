/** The injection token of the module's options. */
export const HTTPWIRE_OPTIONS = Symbol.for('httpwire.nestjs.options');
/** The metadata key of `@HttpWireOptions()`. */
export const HTTPWIRE_OPTIONS_METADATA = 'httpwire:options';
