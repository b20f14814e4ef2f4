import type { HttpException } from '../exceptions/http-exception.js';
import { isError, type Shape, statusOf, withCause } from './foreign-shape.js';
import { type RequestRejection, requestRejection } from './request-rejections.js';

/** body-parser's `type` for each rejection it makes of a request body. */
const BODY_PARSER_TYPES: Readonly<Record<string, RequestRejection>> = {
  'entity.parse.failed': 'invalid-json',
  'entity.too.large': 'body-too-large',
  'encoding.unsupported': 'unsupported-encoding',
  'charset.unsupported': 'unsupported-encoding',
  'request.size.invalid': 'body-length-mismatch',
  'request.aborted': 'body-length-mismatch',
};

/** Fastify's codes for the same rejections. */
export const FASTIFY_REJECTION_CODES: Readonly<Record<string, RequestRejection>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid-json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'empty-json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'body-too-large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported-media-type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'body-length-mismatch',
  FST_ERR_BAD_URL: 'invalid-path-encoding',
};

/** A body-parser, Fastify, multer or Express rejection of the request itself, or `undefined`. */
export function requestRejectionOf(thrown: unknown): HttpException | undefined {
  if (!isError(thrown)) return undefined;
  const error = thrown as unknown as Shape;
  if (typeof error.code === 'string' && error.code in FASTIFY_REJECTION_CODES) {
    return withCause(requestRejection(FASTIFY_REJECTION_CODES[error.code] as RequestRejection), thrown);
  }
  if (typeof error.type === 'string' && error.type in BODY_PARSER_TYPES) {
    return withCause(requestRejection(BODY_PARSER_TYPES[error.type] as RequestRejection), thrown);
  }
  // The client hung up mid-body (Node's own error, which Fastify passes on): fewer bytes than announced.
  if (error.code === 'ECONNRESET' && error.message === 'aborted') {
    return withCause(requestRejection('body-length-mismatch'), thrown);
  }
  // multer's limits, which Express itself answers with a 500 (Nest maps them as these two do).
  if (error.name === 'MulterError' && typeof error.code === 'string') {
    return withCause(
      requestRejection(error.code === 'LIMIT_FILE_SIZE' ? 'file-too-large' : 'invalid-multipart'),
      thrown,
    );
  }
  if (thrown instanceof URIError && statusOf(error) === 400) {
    return withCause(requestRejection('invalid-path-encoding'), thrown);
  }
  return undefined;
}
