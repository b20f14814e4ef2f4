export { httpwireRequestErrors, type ReadJsonBodyOptions, readJsonBody } from '@httpwire/fetch';
export { type HonoWire, httpwire, type WireHandler } from './httpwire.js';
