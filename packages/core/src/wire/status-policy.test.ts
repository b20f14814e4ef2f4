import { describe, expect, it } from 'vitest';
import { endpointsStatusPolicy, resolveStatusPolicy } from './status-policy.js';

describe('the endpoints status policy', () => {
  it.each([
    [200, true, 200],
    [201, true, 200],
    [201, false, 204],
    [204, false, 204],
    [302, false, 404],
    [304, false, 404],
    [400, true, 400],
    [401, true, 401],
    [403, true, 403],
    [404, true, 404],
    [405, true, 501],
    [408, true, 503],
    [409, true, 409],
    [410, true, 410],
    [412, true, 412],
    [413, true, 413],
    [418, true, 404],
    [422, true, 404],
    [429, true, 404],
    [500, true, 503],
    [502, true, 503],
    [503, true, 503],
  ])('maps %i (body: %s) to %i', (status, hasBody, expected) => {
    expect(endpointsStatusPolicy(status, { hasBody })).toBe(expected);
  });
});

describe('resolveStatusPolicy', () => {
  it('resolves names and functions', () => {
    const custom = (status: number) => status;
    expect(resolveStatusPolicy(undefined)).toBeUndefined();
    expect(resolveStatusPolicy('default')).toBeUndefined();
    expect(resolveStatusPolicy('endpoints')).toBe(endpointsStatusPolicy);
    expect(resolveStatusPolicy(custom)).toBe(custom);
  });

  it('rejects unknown names', () => {
    expect(() => resolveStatusPolicy('strict' as never)).toThrow(/statusPolicy must be/);
  });
});
