import { rawRequest } from '@httpwire/conformance';
import { describe, expect, it } from 'vitest';
import { type NestPlatform, startNestExample } from '../dist/app.js';

describe.each(['express', 'fastify'] as NestPlatform[])('the OpenAPI document on nest %s', (platform) => {
  it('is served at /openapi.json with problem+json responses from @ApiProblemResponses', async () => {
    const running = await startNestExample(platform, '127.0.0.1', 0, () => {});
    try {
      const response = await rawRequest(running.port, { method: 'GET', path: '/openapi.json' });
      expect(response.status).toBe(200);
      const document = JSON.parse(response.body.toString());
      const responses = document.paths['/entities/{id}'].get.responses;
      expect(Object.keys(responses['409'].content)).toEqual(['application/problem+json']);
    } finally {
      await running.close();
    }
  });
});
