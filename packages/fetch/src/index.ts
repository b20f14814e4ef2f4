export { httpwireFetch, notFound, type WebHandler, withConsoleReporter } from './httpwire-fetch.js';
export { type ReadJsonBodyOptions, readJsonBody } from './read-json-body.js';
export { httpwireRequestErrors } from './request-errors.js';
export { toResponse } from './to-response.js';
export { pathOf, webWireRequest } from './web-request.js';
