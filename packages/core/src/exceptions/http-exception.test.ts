import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ConflictException,
  ContentTooLargeException,
  HttpException,
  InternalServerErrorException,
  isHttpException,
  MethodNotAllowedException,
  NotFoundException,
  PayloadTooLargeException,
  UnauthorizedException,
  UnprocessableContentException,
  UnprocessableEntityException,
} from '../index.js';
import { reasonPhrase } from '../status/reason-phrases.js';
import { exceptionClassFor } from './exception-registry.js';

const IANA_ERROR_STATUSES = [
  400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 423, 424,
  425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511,
];

describe('HttpException', () => {
  afterEach(() => {
    HttpException.captureStack = 'server-errors';
  });

  it('defaults to 500, like DkuCustomApiException(message, http_status_code=500)', () => {
    const error = new HttpException('boom');
    expect(error.status).toBe(500);
    expect(error.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error.expose).toBe(false);
    expect(error.message).toBe('boom');
    expect(error).toBeInstanceOf(Error);
  });

  it('takes status, code, details, title and type from its options', () => {
    const error = new HttpException('The caller is not authorized', {
      status: 401,
      code: 'NO_TOKEN',
      details: { realm: 'api' },
      title: 'Who are you?',
      type: 'https://example.com/problems/no-token',
    });
    expect(error).toMatchObject({
      status: 401,
      code: 'NO_TOKEN',
      details: { realm: 'api' },
      title: 'Who are you?',
      type: 'https://example.com/problems/no-token',
      expose: true,
    });
  });

  it('exposes below 500 and hides from 500 up unless told otherwise', () => {
    expect(new HttpException('x', { status: 499 }).expose).toBe(true);
    expect(new HttpException('x', { status: 500 }).expose).toBe(false);
    expect(new HttpException('x', { status: 503, expose: true }).expose).toBe(true);
    expect(new HttpException('x', { status: 404, expose: false }).expose).toBe(false);
  });

  it.each([200, 302, 399, 600, 99, 404.5, Number.NaN, '404', null])(
    'rejects the status %s with a TypeError that names it',
    (status) => {
      expect(() => new HttpException('x', { status: status as number })).toThrow(TypeError);
      expect(() => new HttpException('x', { status: status as number })).toThrow(
        new RegExp(String(typeof status === 'string' ? `"${status}"` : status)),
      );
    },
  );

  it('keeps the cause without sending it anywhere', () => {
    const cause = new Error('db down');
    expect(new HttpException('x', { cause }).cause).toBe(cause);
    expect('cause' in new HttpException('x')).toBe(false);
  });

  it('names itself after its class', () => {
    expect(new NotFoundException().name).toBe('NotFoundException');
    expect(String(new ConflictException('taken'))).toBe('ConflictException: taken');
  });
});

describe('named exceptions', () => {
  it.each(IANA_ERROR_STATUSES)('has a class for %i whose message defaults to the reason phrase', (status) => {
    const Named = exceptionClassFor(status);
    expect(Named).toBeDefined();
    const error = new (Named as typeof HttpException)();
    expect(error.status).toBe(status);
    expect(error.message).toBe(reasonPhrase(status));
    expect(error.title).toBe(reasonPhrase(status));
    expect(error.name).toMatch(/Exception$/);
    expect(error).toBeInstanceOf(HttpException);
  });

  it('keeps the older names as aliases', () => {
    expect(PayloadTooLargeException).toBe(ContentTooLargeException);
    expect(UnprocessableEntityException).toBe(UnprocessableContentException);
    expect(new PayloadTooLargeException().status).toBe(413);
  });

  it('makes custom exceptions by subclassing with a static status', () => {
    class DuplicateEntityException extends HttpException {
      static override status = 409;
    }
    const error = new DuplicateEntityException('An entity named "Ada" exists.');
    expect(error.status).toBe(409);
    expect(error.code).toBe('CONFLICT');
    expect(error.name).toBe('DuplicateEntityException');
    expect(error).toBeInstanceOf(DuplicateEntityException);
    expect(error).toBeInstanceOf(HttpException);
    expect(error).not.toBeInstanceOf(ConflictException);
  });

  it('rejects a subclass whose static status is not an error status', () => {
    class Broken extends HttpException {
      static override status = 302;
    }
    expect(() => new Broken()).toThrow(/Broken status must be an integer from 400 to 599, got 302/);
  });

  it('does not confuse two named classes', () => {
    expect(new NotFoundException()).not.toBeInstanceOf(ConflictException);
    expect(new NotFoundException()).toBeInstanceOf(NotFoundException);
  });
});

describe('header helpers', () => {
  it('sets the headers RFC 9110 ties to a status', () => {
    const retryAt = new Date(Date.UTC(2026, 10, 21, 12, 0, 0));
    expect(new UnauthorizedException(undefined, { challenge: 'Bearer' }).headers.get('www-authenticate')).toBe(
      'Bearer',
    );
    expect(new MethodNotAllowedException(undefined, { allow: ['GET', 'POST'] }).headers.get('allow')).toBe('GET, POST');
    expect(new HttpException('x', { status: 429, retryAfter: 120 }).headers.get('retry-after')).toBe('120');
    expect(new HttpException('x', { status: 503, retryAfter: retryAt }).headers.get('retry-after')).toBe(
      'Sat, 21 Nov 2026 12:00:00 GMT',
    );
    expect(new HttpException('x', { status: 404, location: '/elsewhere' }).headers.get('location')).toBe('/elsewhere');
  });

  it.each(['a\r\nInjected: yes', 'a\nb', 'a\rb', 'a\0b'])('rejects %j in a header value at construction', (value) => {
    expect(() => new NotFoundException('x', { headers: { 'X-Test': value } })).toThrow(TypeError);
    expect(() => new UnauthorizedException('x', { challenge: value })).toThrow(/CR, LF or NUL/);
    expect(() => new NotFoundException('x', { location: value })).toThrow(TypeError);
  });

  it('rejects invalid Retry-After values', () => {
    expect(() => new HttpException('x', { status: 429, retryAfter: -1 })).toThrow(TypeError);
    expect(() => new HttpException('x', { status: 429, retryAfter: 1.5 })).toThrow(TypeError);
    expect(() => new HttpException('x', { status: 429, retryAfter: new Date(Number.NaN) })).toThrow(TypeError);
  });

  it('creates headers lazily and lets you add to them', () => {
    const error = new UnauthorizedException();
    error.headers.set('WWW-Authenticate', 'Basic realm="api"');
    expect(error.headers.get('www-authenticate')).toBe('Basic realm="api"');
  });
});

describe('stack capture', () => {
  afterEach(() => {
    HttpException.captureStack = 'server-errors';
  });

  it('skips the stack of 4xx and keeps it for 5xx by default', () => {
    expect(new NotFoundException().stack).not.toMatch(/\n\s+at /);
    expect(new InternalServerErrorException().stack).toMatch(/\n\s+at /);
  });

  it('can always or never capture', () => {
    HttpException.captureStack = 'always';
    expect(new NotFoundException().stack).toMatch(/\n\s+at /);
    HttpException.captureStack = 'never';
    expect(new InternalServerErrorException().stack).not.toMatch(/\n\s+at /);
  });

  it('restores (Error as { stackTraceLimit?: number }).stackTraceLimit', () => {
    const before = (Error as { stackTraceLimit?: number }).stackTraceLimit;
    new NotFoundException();
    expect((Error as { stackTraceLimit?: number }).stackTraceLimit).toBe(before);
  });
});

describe('recognition across copies of the package', () => {
  it('recognises exceptions made by a second copy of the module graph', async () => {
    vi.resetModules();
    const other = await import('../index.js');
    expect(other.NotFoundException).not.toBe(NotFoundException);
    const foreign = new other.NotFoundException('from the other copy');
    expect(isHttpException(foreign)).toBe(true);
    expect(foreign instanceof HttpException).toBe(true);
    expect(foreign instanceof NotFoundException).toBe(true);
    expect(foreign instanceof ConflictException).toBe(false);
    expect(other.isHttpException(new NotFoundException())).toBe(true);
  });

  it('does not recognise look-alikes without the brand', () => {
    expect(isHttpException({ status: 404, message: 'x' })).toBe(false);
    expect(isHttpException(new Error('x'))).toBe(false);
    expect(isHttpException(null)).toBe(false);
    expect(isHttpException('NotFoundException')).toBe(false);
  });
});
