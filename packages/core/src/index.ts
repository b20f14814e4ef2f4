export { type AbortOptions, abort } from './exceptions/abort.js';
export * from './exceptions/client-error-exceptions.js';
export { exceptionClassFor } from './exceptions/exception-registry.js';
export {
  type CaptureStackPolicy,
  HttpException,
  type HttpExceptionOptions,
  isHttpException,
} from './exceptions/http-exception.js';
export { PROBLEM_MEMBERS } from './exceptions/problem-members.js';
export * from './exceptions/server-error-exceptions.js';
export { fromForeignError } from './foreign/foreign-errors.js';
export { type RequestRejection, requestRejection, routeNotFound } from './foreign/request-rejections.js';
export { isFromUpstream, markUpstream, relayUpstream, upstreamMembers } from './foreign/upstream-mark.js';
export type { HeadersInput, HeaderValue } from './headers/header-init.js';
export { mergeVary } from './headers/merge-vary.js';
export { addProblemResponses, type OpenApiDocument } from './openapi/add-problem-responses.js';
export { type OpenApiResponse, problemResponses } from './openapi/problem-responses.js';
export {
  type JsonSchemaObject,
  type ProblemSource,
  problemContent,
  problemSchema,
} from './openapi/problem-schema.js';
export {
  type AnyProblemType,
  defineProblemType,
  type ProblemException,
  type ProblemOptions,
  type ProblemTypeClass,
  type ProblemTypeDefinition,
} from './problem-types/define-problem-type.js';
export type { ExtensionsOf, MemberSchema, MemberType } from './problem-types/json-schema.js';
export { problemMemberMismatches } from './problem-types/member-mismatches.js';
export { fromReturnValue, type ReturnValueOptions } from './responses/from-return-value.js';
export {
  type ContentResponseOptions,
  HttpResponse,
  isHttpResponse,
  type ResponseOptions,
} from './responses/http-response.js';
export type { HttpResponseBodyInit, ResponseBody, StreamSource } from './responses/response-body.js';
export { errorCodeFor, reasonPhrase } from './status/reason-phrases.js';
export { issuesFromAjv } from './validation/ajv-issues.js';
export { pointerKeys, pointerOf } from './validation/json-pointer.js';
export {
  type StandardSchemaV1,
  type StandardSchemaV1Issue,
  type StandardSchemaV1Output,
  type StandardSchemaV1Result,
  type ValidateOptions,
  validate,
} from './validation/standard-schema.js';
export { issuesFromStandardSchema } from './validation/standard-schema-issues.js';
export type { ValidationCode } from './validation/validation-codes.js';
export {
  isValidationException,
  MAX_VALIDATION_ERRORS,
  type ValidationError,
  ValidationException,
  type ValidationExceptionOptions,
  type ValidationIssue,
  type ValidationLocation,
} from './validation/validation-exception.js';
export { escapeControlCharacters, loggableError } from './wire/loggable-error.js';
export { mergeOptions, withDefaultReporter } from './wire/merge-options.js';
export { negotiateProblemType, type ProblemMediaType } from './wire/negotiate.js';
export { normalizeError } from './wire/normalize-error.js';
export {
  type ProblemDetails,
  problemFor,
  serializeProblem,
  type ValidationDetailSource,
} from './wire/problem-details.js';
export { reportError } from './wire/report-error.js';
export {
  endpointsStatusPolicy,
  resolveStatusPolicy,
  type StatusPolicy,
  type StatusPolicyFunction,
} from './wire/status-policy.js';
export { earlyStreamFailureWire, emptiedWire, type StreamStart, startStream } from './wire/stream-start.js';
export { toWire } from './wire/to-wire.js';
export type {
  ErrorContext,
  ErrorPhase,
  FormatContext,
  ResponseState,
  ToWireOptions,
  WireBody,
  WireRequest,
  WireResponse,
} from './wire/wire-types.js';
