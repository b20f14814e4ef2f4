import { describe, expect, it } from 'vitest';
import { bodyText, header } from '../../test/wire-helpers.js';
import {
  abort,
  HttpException,
  type HttpResponse,
  isHttpException,
  isHttpResponse,
  NotFoundException,
  TooManyRequestsException,
  toWire,
} from '../index.js';

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (thrown) {
    return thrown;
  }
  throw new Error('expected a throw');
}

describe('abort', () => {
  it('throws the named exception for a 4xx or 5xx', () => {
    const thrown = thrownBy(() => abort(404, 'No entity with the id "42" exists.'));
    expect(thrown).toBeInstanceOf(NotFoundException);
    expect((thrown as NotFoundException).message).toBe('No entity with the id "42" exists.');
    expect(thrownBy(() => abort(429, undefined, { retryAfter: 3 }))).toBeInstanceOf(TooManyRequestsException);
  });

  it('throws a plain HttpException for codes the registry does not name', () => {
    const thrown = thrownBy(() => abort(499, 'client went away'));
    expect(isHttpException(thrown)).toBe(true);
    expect((thrown as HttpException).status).toBe(499);
    expect((thrown as HttpException).constructor).toBe(HttpException);
  });

  it('throws a response for 2xx and 3xx', () => {
    const redirect = thrownBy(() => abort(302, undefined, { location: '/login' }));
    expect(isHttpResponse(redirect)).toBe(true);
    expect((redirect as HttpResponse).status).toBe(302);
    expect((redirect as HttpResponse).headers.get('location')).toBe('/login');
  });

  it('puts an empty 204 on the wire for abort(204), even with a message', () => {
    for (const run of [() => abort(204), () => abort(204, 'ignored')]) {
      const wire = toWire(thrownBy(run));
      expect(wire.status).toBe(204);
      expect(wire.body).toBeNull();
      expect(header(wire, 'content-length')).toBeUndefined();
      expect(header(wire, 'content-type')).toBeUndefined();
    }
  });

  it('writes a Retry-After date on a 2xx or 3xx as an HTTP-date, and seconds as digits', () => {
    const date = new Date(Date.UTC(2026, 10, 30, 12, 0, 0));
    const later = thrownBy(() => abort(202, 'queued', { retryAfter: date })) as HttpResponse;
    expect(later.headers.get('retry-after')).toBe('Mon, 30 Nov 2026 12:00:00 GMT');
    const soon = thrownBy(() => abort(303, undefined, { location: '/status', retryAfter: 5 })) as HttpResponse;
    expect(soon.headers.get('retry-after')).toBe('5');
    expect(() => abort(202, undefined, { retryAfter: new Date(Number.NaN) })).toThrow(TypeError);
  });

  it('sends a 2xx message as text', () => {
    const wire = toWire(thrownBy(() => abort(202, 'queued')));
    expect(wire.status).toBe(202);
    expect(bodyText(wire)).toBe('queued');
  });

  it.each([0, 99, 100, 199, 600, 1000, 404.1, Number.NaN])('rejects %s with a TypeError', (status) => {
    expect(() => abort(status)).toThrow(TypeError);
    expect(() => abort(status)).toThrow(String(status));
  });
});
