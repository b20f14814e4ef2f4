export { OutOfCreditException, outOfCredit } from './credit.js';
export { conflict, DuplicateEntityException, getEntity, secure, unauthorized } from './entities.js';
export { FOREIGN_NOT_FOUND } from './foreign.js';
export {
  afterHeadersFailure,
  encodeFuzzCase,
  FORMAT_THROWS,
  FUZZ_CASE_HEADER,
  type FuzzBody,
  type FuzzCase,
  type FuzzHeader,
  type FuzzJunk,
  fuzzRoutesEnabled,
  runFuzzCase,
  throwingOnError,
} from './fuzz.js';
export { type ListenAddress, listenAddress } from './listen-address.js';
export { PREDICT_REQUEST_SCHEMA, RESPONSE_KINDS_CONTENT, SUCCESS_SCHEMAS } from './openapi-schemas.js';
export { PIXEL_PNG } from './pixel-png.js';
export { BODY_LIMIT_BYTES, isJson, type PredictRequest, predict } from './predict.js';
export { errorReporter, type ReportLine, stderrReport } from './report.js';
export { crash, crashString, legacy, methods, RESPONSES, results, slowDown, streamFail, teapot } from './responses.js';
export { createdWidget, WIDGET_JSON_SCHEMA } from './widgets.js';
