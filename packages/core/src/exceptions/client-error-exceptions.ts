import { HttpException } from './http-exception.js';

// One class per 4xx status in the IANA registry, named after RFC 9110's reason phrases.

/**
 * 400 Bad Request: the request is malformed or invalid.
 *
 * @example
 * ```ts
 * throw new BadRequestException('The "features" field must be an array.');
 * ```
 */
export class BadRequestException extends HttpException {
  static override status = 400;
}

/**
 * 401 Unauthorized: the request lacks valid credentials. RFC 9110 requires a `WWW-Authenticate` header: pass `challenge`.
 *
 * @example
 * ```ts
 * throw new UnauthorizedException('The caller is not authorized', { challenge: 'Bearer' });
 * ```
 */
export class UnauthorizedException extends HttpException {
  static override status = 401;
}

/**
 * 402 Payment Required: reserved for payment flows.
 *
 * @example
 * ```ts
 * throw new PaymentRequiredException('Your plan has run out of credits.');
 * ```
 */
export class PaymentRequiredException extends HttpException {
  static override status = 402;
}

/**
 * 403 Forbidden: the caller is known but not allowed.
 *
 * @example
 * ```ts
 * throw new ForbiddenException('Only admins may delete entities.');
 * ```
 */
export class ForbiddenException extends HttpException {
  static override status = 403;
}

/**
 * 404 Not Found: the target resource does not exist.
 *
 * @example
 * ```ts
 * throw new NotFoundException('No entity with the id "42" exists.');
 * ```
 */
export class NotFoundException extends HttpException {
  static override status = 404;
}

/**
 * 405 Method Not Allowed: the method is not supported by the target. RFC 9110 requires an `Allow` header: pass `allow`.
 *
 * @example
 * ```ts
 * throw new MethodNotAllowedException(undefined, { allow: ['GET', 'POST'] });
 * ```
 */
export class MethodNotAllowedException extends HttpException {
  static override status = 405;
}

/**
 * 406 Not Acceptable: no representation matches the request's `Accept*` headers.
 *
 * @example
 * ```ts
 * throw new NotAcceptableException('Only application/json is available.');
 * ```
 */
export class NotAcceptableException extends HttpException {
  static override status = 406;
}

/**
 * 407 Proxy Authentication Required: the client must authenticate with a proxy.
 *
 * @example
 * ```ts
 * throw new ProxyAuthenticationRequiredException(undefined, { headers: { 'Proxy-Authenticate': 'Basic' } });
 * ```
 */
export class ProxyAuthenticationRequiredException extends HttpException {
  static override status = 407;
}

/**
 * 408 Request Timeout: the server timed out waiting for the request.
 *
 * @example
 * ```ts
 * throw new RequestTimeoutException('The upload stalled.');
 * ```
 */
export class RequestTimeoutException extends HttpException {
  static override status = 408;
}

/**
 * 409 Conflict: the request conflicts with the current state of the resource.
 *
 * @example
 * ```ts
 * throw new ConflictException('An entity with this name already exists.');
 * ```
 */
export class ConflictException extends HttpException {
  static override status = 409;
}

/**
 * 410 Gone: the resource existed but is gone for good.
 *
 * @example
 * ```ts
 * throw new GoneException('This API version was retired.');
 * ```
 */
export class GoneException extends HttpException {
  static override status = 410;
}

/**
 * 411 Length Required: the request needs a `Content-Length`.
 *
 * @example
 * ```ts
 * throw new LengthRequiredException();
 * ```
 */
export class LengthRequiredException extends HttpException {
  static override status = 411;
}

/**
 * 412 Precondition Failed: a precondition header (`If-Match`, …) did not hold.
 *
 * @example
 * ```ts
 * throw new PreconditionFailedException('The entity changed since you read it.');
 * ```
 */
export class PreconditionFailedException extends HttpException {
  static override status = 412;
}

/**
 * 413 Content Too Large: the request content is larger than the server accepts. Pass `retryAfter` if the condition is temporary.
 *
 * @example
 * ```ts
 * throw new ContentTooLargeException('Bodies are limited to 100 KiB.');
 * ```
 */
export class ContentTooLargeException extends HttpException {
  static override status = 413;
}

/**
 * 414 URI Too Long: the target URI is longer than the server accepts.
 *
 * @example
 * ```ts
 * throw new UriTooLongException();
 * ```
 */
export class UriTooLongException extends HttpException {
  static override status = 414;
}

/**
 * 415 Unsupported Media Type: the content is in a format the target does not support.
 *
 * @example
 * ```ts
 * throw new UnsupportedMediaTypeException('Send application/json.');
 * ```
 */
export class UnsupportedMediaTypeException extends HttpException {
  static override status = 415;
}

/**
 * 416 Range Not Satisfiable: none of the requested ranges overlap the representation.
 *
 * @example
 * ```ts
 * throw new RangeNotSatisfiableException('The file has 1000 bytes.');
 * ```
 */
export class RangeNotSatisfiableException extends HttpException {
  static override status = 416;
}

/**
 * 417 Expectation Failed: the `Expect` header cannot be met.
 *
 * @example
 * ```ts
 * throw new ExpectationFailedException();
 * ```
 */
export class ExpectationFailedException extends HttpException {
  static override status = 417;
}

/**
 * 418 I'm a teapot: the server refuses to brew coffee because it is a teapot (RFC 2324).
 *
 * @example
 * ```ts
 * throw new ImATeapotException('I only brew tea.');
 * ```
 */
export class ImATeapotException extends HttpException {
  static override status = 418;
}

/**
 * 421 Misdirected Request: the request reached a server that cannot answer for this origin.
 *
 * @example
 * ```ts
 * throw new MisdirectedRequestException();
 * ```
 */
export class MisdirectedRequestException extends HttpException {
  static override status = 421;
}

/**
 * 422 Unprocessable Content: the content is well-formed but semantically invalid.
 *
 * @example
 * ```ts
 * throw new UnprocessableContentException('Validation failed', { details: [{ path: '/age', message: 'must be positive' }] });
 * ```
 */
export class UnprocessableContentException extends HttpException {
  static override status = 422;
}

/**
 * 423 Locked: the resource is locked (WebDAV).
 *
 * @example
 * ```ts
 * throw new LockedException();
 * ```
 */
export class LockedException extends HttpException {
  static override status = 423;
}

/**
 * 424 Failed Dependency: the request depended on another that failed (WebDAV).
 *
 * @example
 * ```ts
 * throw new FailedDependencyException();
 * ```
 */
export class FailedDependencyException extends HttpException {
  static override status = 424;
}

/**
 * 425 Too Early: the server will not risk processing a request that might be replayed.
 *
 * @example
 * ```ts
 * throw new TooEarlyException();
 * ```
 */
export class TooEarlyException extends HttpException {
  static override status = 425;
}

/**
 * 426 Upgrade Required: the client must switch protocols.
 *
 * @example
 * ```ts
 * throw new UpgradeRequiredException(undefined, { headers: { Upgrade: 'HTTP/2' } });
 * ```
 */
export class UpgradeRequiredException extends HttpException {
  static override status = 426;
}

/**
 * 428 Precondition Required: the server requires a conditional request.
 *
 * @example
 * ```ts
 * throw new PreconditionRequiredException('Send If-Match.');
 * ```
 */
export class PreconditionRequiredException extends HttpException {
  static override status = 428;
}

/**
 * 429 Too Many Requests: the client sent too many requests. Pass `retryAfter`.
 *
 * @example
 * ```ts
 * throw new TooManyRequestsException('Slow down.', { retryAfter: 120 });
 * ```
 */
export class TooManyRequestsException extends HttpException {
  static override status = 429;
}

/**
 * 431 Request Header Fields Too Large: the request's headers are too large.
 *
 * @example
 * ```ts
 * throw new RequestHeaderFieldsTooLargeException();
 * ```
 */
export class RequestHeaderFieldsTooLargeException extends HttpException {
  static override status = 431;
}

/**
 * 451 Unavailable For Legal Reasons: the resource is withheld for legal reasons.
 *
 * @example
 * ```ts
 * throw new UnavailableForLegalReasonsException();
 * ```
 */
export class UnavailableForLegalReasonsException extends HttpException {
  static override status = 451;
}
/**
 * The pre-RFC 9110 name of {@link ContentTooLargeException}, kept because users search for it.
 *
 * @example
 * ```ts
 * throw new PayloadTooLargeException(); // a 413 Content Too Large
 * ```
 */
export const PayloadTooLargeException = ContentTooLargeException;
/** The pre-RFC 9110 name of {@link ContentTooLargeException}. */
export type PayloadTooLargeException = ContentTooLargeException;

/**
 * The pre-RFC 9110 name of {@link UnprocessableContentException}, kept because users search for it.
 *
 * @example
 * ```ts
 * throw new UnprocessableEntityException(); // a 422 Unprocessable Content
 * ```
 */
export const UnprocessableEntityException = UnprocessableContentException;
/** The pre-RFC 9110 name of {@link UnprocessableContentException}. */
export type UnprocessableEntityException = UnprocessableContentException;

/**
 * The pre-RFC 9110 name of {@link RangeNotSatisfiableException}.
 *
 * @example
 * ```ts
 * throw new RequestedRangeNotSatisfiableException(); // a 416 Range Not Satisfiable
 * ```
 */
export const RequestedRangeNotSatisfiableException = RangeNotSatisfiableException;
/** The pre-RFC 9110 name of {@link RangeNotSatisfiableException}. */
export type RequestedRangeNotSatisfiableException = RangeNotSatisfiableException;
