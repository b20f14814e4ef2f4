export {
  type ClientErrorListener,
  httpwireClientErrors,
  httpwireServer,
  rejectEmptyBody,
  rejectOversizedBody,
} from '@httpwire/node';
export { type ExpressWire, httpwire, type WireHandler } from './httpwire.js';
