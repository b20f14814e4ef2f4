export { httpwireClientErrors } from './client-errors.js';
export { type HttpwireFastifyOptions, httpwire, httpwireFrameworkErrors, httpwireOptions } from './plugin.js';
