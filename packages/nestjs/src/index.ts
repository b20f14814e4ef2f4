export { ApiProblemResponses } from './api-problem-responses.decorator.js';
export { httpwireClientErrors } from './client-errors.js';
export { httpwireFrameworkErrors } from './fastify-framework-errors.js';
export { HTTPWIRE_OPTIONS } from './httpwire.constants.js';
export { HttpWireInterceptor } from './httpwire.interceptor.js';
export { HttpWireModule } from './httpwire.module.js';
export { HttpWireExceptionFilter } from './httpwire-exception.filter.js';
export type { HttpWireModuleAsyncOptions, HttpWireModuleOptions } from './httpwire-module-options.js';
export { HttpWireOptions } from './httpwire-options.decorator.js';
