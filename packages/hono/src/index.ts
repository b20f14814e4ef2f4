export { type HonoWire, httpwire, type WireHandler } from './httpwire.js';
