export { httpwireClientErrors } from './client-errors.js';
export { type ExpressWire, httpwire, type WireHandler } from './httpwire.js';
export { rejectEmptyBody } from './reject-empty-body.js';
