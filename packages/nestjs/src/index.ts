export {
  type ClientErrorListener,
  httpwireClientErrors,
  httpwireFrameworkErrors,
  httpwireServer,
  rejectEmptyBody,
  rejectOversizedBody,
} from '@httpwire/node';
export { ApiProblemResponses } from './api-problem-responses.decorator.js';
export { HTTPWIRE_OPTIONS } from './httpwire.constants.js';
export { HttpWireInterceptor } from './httpwire.interceptor.js';
export { HttpWireModule } from './httpwire.module.js';
export { HttpWireExceptionFilter } from './httpwire-exception.filter.js';
export type { HttpWireModuleAsyncOptions, HttpWireModuleOptions } from './httpwire-module-options.js';
export { HttpWireOptions } from './httpwire-options.decorator.js';
export { HttpWireRouteGuard, type HttpWireRouteGuardSettings } from './httpwire-route.guard.js';
export { HttpWireValidationPipe, httpwireExceptionFactory } from './httpwire-validation.pipe.js';
