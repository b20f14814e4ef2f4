import type { HttpException } from '../exceptions/http-exception.js';
import { createException, type Shape } from './foreign-shape.js';

/**
 * Whether an error is an HTTP client's, about a request this server made to another one: axios
 * (`isAxiosError`), undici (`UND_ERR_*` codes), and got, ky, ofetch and the like (a `response` carrying
 * a numeric `status` or `statusCode`). Its status is the other server's answer, not this request's.
 */
export function isUpstreamClientError(error: Shape): boolean {
  if (error.isAxiosError === true) return true;
  if (typeof error.code === 'string' && error.code.startsWith('UND_ERR_')) return true;
  const response = error.response;
  if (typeof response !== 'object' || response === null) return false;
  const { status, statusCode } = response as Shape;
  return typeof status === 'number' || typeof statusCode === 'number';
}

/**
 * An upstream's failure is this server's: a `502 Bad Gateway`, unexposed (the upstream's message, URL and
 * headers stay out of the wire) and reported to `onError` with the original error. Passing the upstream's
 * own status on (a 404 from the upstream as this request's 404) would blame the client for it.
 */
export function fromUpstreamClientError(error: Shape): HttpException {
  return createException(502, undefined, { cause: error, expose: false });
}
