import {
  BadRequestException,
  ConflictException,
  ContentTooLargeException,
  ExpectationFailedException,
  FailedDependencyException,
  ForbiddenException,
  GoneException,
  ImATeapotException,
  LengthRequiredException,
  LockedException,
  MethodNotAllowedException,
  MisdirectedRequestException,
  NotAcceptableException,
  NotFoundException,
  PaymentRequiredException,
  PreconditionFailedException,
  PreconditionRequiredException,
  ProxyAuthenticationRequiredException,
  RangeNotSatisfiableException,
  RequestHeaderFieldsTooLargeException,
  RequestTimeoutException,
  TooEarlyException,
  TooManyRequestsException,
  UnauthorizedException,
  UnavailableForLegalReasonsException,
  UnprocessableContentException,
  UnsupportedMediaTypeException,
  UpgradeRequiredException,
  UriTooLongException,
} from './client-error-exceptions.js';
import type { HttpException } from './http-exception.js';
import {
  BadGatewayException,
  GatewayTimeoutException,
  HttpVersionNotSupportedException,
  InsufficientStorageException,
  InternalServerErrorException,
  LoopDetectedException,
  NetworkAuthenticationRequiredException,
  NotExtendedException,
  NotImplementedException,
  ServiceUnavailableException,
  VariantAlsoNegotiatesException,
} from './server-error-exceptions.js';

const NAMED_EXCEPTIONS: readonly (typeof HttpException)[] = [
  BadRequestException,
  UnauthorizedException,
  PaymentRequiredException,
  ForbiddenException,
  NotFoundException,
  MethodNotAllowedException,
  NotAcceptableException,
  ProxyAuthenticationRequiredException,
  RequestTimeoutException,
  ConflictException,
  GoneException,
  LengthRequiredException,
  PreconditionFailedException,
  ContentTooLargeException,
  UriTooLongException,
  UnsupportedMediaTypeException,
  RangeNotSatisfiableException,
  ExpectationFailedException,
  ImATeapotException,
  MisdirectedRequestException,
  UnprocessableContentException,
  LockedException,
  FailedDependencyException,
  TooEarlyException,
  UpgradeRequiredException,
  PreconditionRequiredException,
  TooManyRequestsException,
  RequestHeaderFieldsTooLargeException,
  UnavailableForLegalReasonsException,
  InternalServerErrorException,
  NotImplementedException,
  BadGatewayException,
  ServiceUnavailableException,
  GatewayTimeoutException,
  HttpVersionNotSupportedException,
  VariantAlsoNegotiatesException,
  InsufficientStorageException,
  LoopDetectedException,
  NotExtendedException,
  NetworkAuthenticationRequiredException,
];

const BY_STATUS = new Map<number, typeof HttpException>(NAMED_EXCEPTIONS.map((cls) => [cls.status, cls]));

/**
 * The named exception class for a status, or `undefined` when the registry names none (e.g. 499).
 *
 * @example
 * ```ts
 * exceptionClassFor(404) === NotFoundException; // true
 * ```
 */
export function exceptionClassFor(status: number): typeof HttpException | undefined {
  return BY_STATUS.get(status);
}
