export { type HttpwireFastifyOptions, httpwire, httpwireFrameworkErrors, httpwireOptions } from './plugin.js';
