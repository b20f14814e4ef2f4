import { describe, expect, it } from 'vitest';
import { header, problemOf } from '../../test/wire-helpers.js';
import { requestRejection, toWire } from '../index.js';

describe('requestRejection', () => {
  it.each([
    [
      'forbidden-prototype-key',
      400,
      'FORBIDDEN_PROTOTYPE_KEY',
      'The request body is JSON with a "__proto__" or "constructor.prototype" key, which this server does not accept.',
    ],
    ['missing-host', 400, 'MISSING_HOST', 'The request has no Host header, which HTTP/1.1 requires.'],
    ['duplicate-host', 400, 'DUPLICATE_HOST', 'The request has more than one Host header.'],
  ] as const)('%s is a %i %s that closes the connection', (reason, status, code, detail) => {
    const wire = toWire(requestRejection(reason));
    expect(wire.status).toBe(status);
    expect(problemOf(wire)).toEqual({ type: 'about:blank', title: 'Bad Request', status, detail, code });
    expect(header(wire, 'connection')).toBe('close');
  });

  it('invalid-request-target is a 400 INVALID_REQUEST_TARGET that leaves the connection open', () => {
    const wire = toWire(requestRejection('invalid-request-target'));
    expect(problemOf(wire)).toEqual({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'The request target and its Host do not make a URL this server can read.',
      code: 'INVALID_REQUEST_TARGET',
    });
    expect(header(wire, 'connection')).toBeUndefined();
  });

  it('tells a refused prototype key from JSON that does not parse', () => {
    const refused = problemOf(toWire(requestRejection('forbidden-prototype-key')));
    const invalid = problemOf(toWire(requestRejection('invalid-json')));
    expect([refused.code, invalid.code]).toEqual(['FORBIDDEN_PROTOTYPE_KEY', 'INVALID_JSON']);
    expect(refused.detail).not.toBe(invalid.detail);
  });
});
