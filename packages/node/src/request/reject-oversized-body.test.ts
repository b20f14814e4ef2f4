import { rawRequest, responseHeader } from '@httpwire/conformance';
import { describe, expect, it } from 'vitest';
import { serve } from '../../test/serve.js';
import { sendError } from '../write/send-outcome.js';
import { rejectOversizedBody } from './reject-oversized-body.js';

describe('rejectOversizedBody', () => {
  it('answers a declared Content-Length over the limit with the 413 without waiting for the body', async () => {
    const limit = rejectOversizedBody(100);
    const { port } = await serve((req, res) =>
      limit(req, res, (error) => (error === undefined ? res.end('read') : sendError(res, error, {}))),
    );
    // Only the head goes out: the body never arrives, so only an answer that does not wait for it comes back.
    const response = await rawRequest(port, {
      method: 'POST',
      path: '/',
      headers: { 'Content-Type': 'application/json', 'Content-Length': '10000000' },
      observeClose: true,
    });
    expect([response.status, responseHeader(response, 'connection'), response.closedByServer]).toEqual([
      413,
      'close',
      true,
    ]);
    const small = await rawRequest(port, { method: 'POST', path: '/', body: '{}' });
    expect(small.body.toString()).toBe('read');
  });

  it('refuses a limit that is not a whole number of bytes', () => {
    expect(() => rejectOversizedBody(-1)).toThrow(TypeError);
    expect(() => rejectOversizedBody(1.5)).toThrow(TypeError);
  });
});
