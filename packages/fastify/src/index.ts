export {
  type ClientErrorListener,
  httpwireClientErrors,
  httpwireFrameworkErrors,
  httpwireServer,
} from '@httpwire/node';
export { type HttpwireFastifyOptions, httpwire, httpwireOptions } from './plugin.js';
export {
  type HttpwireSwaggerOptions,
  httpwireSwagger,
  type SwaggerDocumentInput,
  type SwaggerRouteInput,
} from './swagger.js';
