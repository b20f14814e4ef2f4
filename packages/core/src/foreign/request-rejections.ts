import {
  BadRequestException,
  ContentTooLargeException,
  NotFoundException,
  UnsupportedMediaTypeException,
} from '../exceptions/client-error-exceptions.js';
import type { HttpException } from '../exceptions/http-exception.js';

/**
 * Why a request was rejected before a handler could use it. Each has one wire form on every stack,
 * whichever framework or parser noticed.
 *
 * @example
 * ```ts
 * const reason: RequestRejection = 'body-too-large';
 * ```
 */
export type RequestRejection =
  | 'invalid-json'
  | 'forbidden-prototype-key'
  | 'empty-json'
  | 'body-too-large'
  | 'unsupported-media-type'
  | 'unsupported-encoding'
  | 'body-length-mismatch'
  | 'invalid-path-encoding'
  | 'invalid-request-target'
  | 'file-too-large'
  | 'invalid-multipart'
  | 'missing-host'
  | 'duplicate-host';

/**
 * Rejections after which the connection must close: the rest of the body may be unread, or the request's own
 * framing (its `Host`) cannot be trusted.
 */
const BODY_REJECTIONS = new Set<RequestRejection>([
  'invalid-json',
  'forbidden-prototype-key',
  'empty-json',
  'body-too-large',
  'unsupported-media-type',
  'unsupported-encoding',
  'body-length-mismatch',
  'missing-host',
  'duplicate-host',
]);

/**
 * The exception for a rejected request, with httpwire's own `detail` (a parser's internal message,
 * such as V8's "Expected double-quoted property name…", never reaches the client). Rejected bodies
 * carry `connection: close`, because the rest of the body may be unread, and so do requests without
 * exactly one `Host` (RFC 9112 §3.2). `'forbidden-prototype-key'` is a parser's refusal of valid JSON
 * with a `__proto__` or `constructor.prototype` key (Fastify's prototype-poisoning guard), not bad JSON.
 *
 * @example
 * ```ts
 * if (!isJson(req.headers['content-type'])) throw requestRejection('unsupported-media-type');
 * ```
 */
export function requestRejection(reason: RequestRejection): HttpException {
  const headers = BODY_REJECTIONS.has(reason) ? { connection: 'close' } : undefined;
  switch (reason) {
    case 'invalid-json':
      return new BadRequestException('The request body is not valid JSON.', { headers, code: 'INVALID_JSON' });
    case 'forbidden-prototype-key':
      return new BadRequestException(
        'The request body is JSON with a "__proto__" or "constructor.prototype" key, which this server does not accept.',
        { headers, code: 'FORBIDDEN_PROTOTYPE_KEY' },
      );
    case 'empty-json':
      return new BadRequestException('The request body is empty; send a JSON document.', {
        headers,
        code: 'EMPTY_JSON',
      });
    case 'body-too-large':
      return new ContentTooLargeException('The request body is larger than this endpoint accepts.', { headers });
    case 'unsupported-media-type':
      return new UnsupportedMediaTypeException("The request body's media type is not supported.", { headers });
    case 'unsupported-encoding':
      return new UnsupportedMediaTypeException(
        'The request body uses a content encoding or charset this endpoint does not accept.',
        { headers },
      );
    case 'body-length-mismatch':
      return new BadRequestException('The request body does not match its Content-Length.', { headers });
    case 'invalid-path-encoding':
      return new BadRequestException('The request path is not valid percent-encoding.', { code: 'INVALID_PATH' });
    case 'invalid-request-target':
      return new BadRequestException('The request target and its Host do not make a URL this server can read.', {
        code: 'INVALID_REQUEST_TARGET',
      });
    case 'file-too-large':
      return new ContentTooLargeException('A file in the request is larger than this endpoint accepts.', {
        code: 'FILE_TOO_LARGE',
      });
    case 'invalid-multipart':
      return new BadRequestException('The multipart request breaks a limit of this endpoint.', {
        code: 'INVALID_MULTIPART',
      });
    case 'missing-host':
      return new BadRequestException('The request has no Host header, which HTTP/1.1 requires.', {
        headers,
        code: 'MISSING_HOST',
      });
    case 'duplicate-host':
      return new BadRequestException('The request has more than one Host header.', { headers, code: 'DUPLICATE_HOST' });
  }
}

/**
 * The 404 for a request no route matches. The detail names the path (without the query), never the
 * method, so that `HEAD` gets the same headers as `GET`. A path that is not valid percent-encoding is
 * a 400 instead, as routers that decode before matching (Fastify's) reject it.
 *
 * @example
 * ```ts
 * app.use((req) => { throw routeNotFound(req.originalUrl); });
 * ```
 */
export function routeNotFound(url: string): HttpException {
  const query = url.indexOf('?');
  const path = query === -1 ? url : url.slice(0, query);
  if (!isPercentDecodable(path)) return requestRejection('invalid-path-encoding');
  return new NotFoundException(`No route matches the path ${JSON.stringify(path)}.`, { code: 'ROUTE_NOT_FOUND' });
}

function isPercentDecodable(path: string): boolean {
  try {
    // The result is used: a bundler drops a bare `decodeURIComponent(path)` call as side-effect free.
    return typeof decodeURIComponent(path) === 'string';
  } catch {
    return false;
  }
}
