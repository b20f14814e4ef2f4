import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue, UNKNOWN_ROUTE } from './catalogue.js';
import { type RunningServer, type StartServer, send } from './conformance-suite.js';
import { documentErrors, undocumented } from './openapi-check.js';
import { rawRequest } from './raw-http.js';

/**
 * Checks that an app's own OpenAPI document, served at `documentPath`, is a valid OpenAPI document and describes
 * every response of the route catalogue, errors included: status, media type and body. Exempt are the answers no
 * document can describe: unknown routes, `HEAD` (OpenAPI documents `GET`) and streams cut mid-body.
 *
 * @example
 * ```ts
 * defineOpenApiSuite('fastify', () => startFastifyExample(), '/openapi.json');
 * ```
 */
export function defineOpenApiSuite(name: string, start: StartServer, documentPath = '/openapi.json'): void {
  describe(`the OpenAPI document of ${name}`, () => {
    let server: RunningServer;
    let document: object;
    beforeAll(async () => {
      server = await start();
      const response = await rawRequest(server.port, { method: 'GET', path: documentPath });
      document = JSON.parse(response.body.toString()) as object;
    });
    afterAll(() => server?.close());

    it('is a valid OpenAPI document', { timeout: 60_000 }, async () => {
      expect(await documentErrors(document)).toEqual([]);
    });

    const cases = catalogue().filter(
      (entry) => entry.method !== 'HEAD' && entry.cutAfter === undefined && !entry.path.startsWith(UNKNOWN_ROUTE),
    );
    it.each(cases.map((entry) => [entry.name, entry] as const))('describes %s', async (_name, entry) => {
      const response = await send(server.port, entry);
      expect(response.status, 'the catalogue’s status').toBe(entry.status);
      expect(undocumented(document, entry, response)).toEqual([]);
    });
  });
}
