import { HttpException } from './http-exception.js';

// One class per 5xx status in the IANA registry, named after RFC 9110's reason phrases.

/**
 * 500 Internal Server Error: an unexpected condition. Its message is hidden from clients unless `expose` is set.
 *
 * @example
 * ```ts
 * throw new InternalServerErrorException('The ledger is inconsistent');
 * ```
 */
export class InternalServerErrorException extends HttpException {
  static override status = 500;
}

/**
 * 501 Not Implemented: the server does not support the functionality required.
 *
 * @example
 * ```ts
 * throw new NotImplementedException('Exports are not implemented yet.');
 * ```
 */
export class NotImplementedException extends HttpException {
  static override status = 501;
}

/**
 * 502 Bad Gateway: an upstream server sent an invalid response.
 *
 * @example
 * ```ts
 * throw new BadGatewayException('The pricing service answered garbage.');
 * ```
 */
export class BadGatewayException extends HttpException {
  static override status = 502;
}

/**
 * 503 Service Unavailable: the server cannot handle the request now. Pass `retryAfter`.
 *
 * @example
 * ```ts
 * throw new ServiceUnavailableException('Down for maintenance.', { retryAfter: 300 });
 * ```
 */
export class ServiceUnavailableException extends HttpException {
  static override status = 503;
}

/**
 * 504 Gateway Timeout: an upstream server did not answer in time.
 *
 * @example
 * ```ts
 * throw new GatewayTimeoutException();
 * ```
 */
export class GatewayTimeoutException extends HttpException {
  static override status = 504;
}

/**
 * 505 HTTP Version Not Supported: the request's HTTP version is not supported.
 *
 * @example
 * ```ts
 * throw new HttpVersionNotSupportedException();
 * ```
 */
export class HttpVersionNotSupportedException extends HttpException {
  static override status = 505;
}

/**
 * 506 Variant Also Negotiates: content negotiation is misconfigured.
 *
 * @example
 * ```ts
 * throw new VariantAlsoNegotiatesException();
 * ```
 */
export class VariantAlsoNegotiatesException extends HttpException {
  static override status = 506;
}

/**
 * 507 Insufficient Storage: the server cannot store what the request needs (WebDAV).
 *
 * @example
 * ```ts
 * throw new InsufficientStorageException();
 * ```
 */
export class InsufficientStorageException extends HttpException {
  static override status = 507;
}

/**
 * 508 Loop Detected: the server found an infinite loop (WebDAV).
 *
 * @example
 * ```ts
 * throw new LoopDetectedException();
 * ```
 */
export class LoopDetectedException extends HttpException {
  static override status = 508;
}

/**
 * 510 Not Extended: further extensions to the request are required (obsoleted, kept for completeness).
 *
 * @example
 * ```ts
 * throw new NotExtendedException();
 * ```
 */
export class NotExtendedException extends HttpException {
  static override status = 510;
}

/**
 * 511 Network Authentication Required: the client must authenticate to gain network access.
 *
 * @example
 * ```ts
 * throw new NetworkAuthenticationRequiredException();
 * ```
 */
export class NetworkAuthenticationRequiredException extends HttpException {
  static override status = 511;
}
