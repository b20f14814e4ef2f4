import { type ToWireOptions, validate } from '@httpwire/core';
import * as domain from '@httpwire/example-domain';
import { httpwireFetch, readJsonBody } from '@httpwire/fetch';
import { router } from './router.js';
import { Widget } from './widget-schema.js';

/** A web-standard app: what `export default` gives every runtime. */
export interface FetchApp {
  fetch(request: Request): Promise<Response>;
}

/** Where report lines go: one line per `onError` call. */
export type ReportLine = (line: string) => void;

const body = (request: Request) => readJsonBody(request, { limit: domain.BODY_LIMIT_BYTES });

/**
 * The whole route catalogue as one web-standard `fetch` handler through `@httpwire/fetch`: nothing in it is
 * specific to a runtime, so Node, Bun, Deno and workerd serve the same module.
 */
export function createFetchExample(report: ReportLine): FetchApp {
  const options: ToWireOptions = { onError: domain.errorReporter(report) };
  const routes = router([
    ['GET', '/entities/:id', (_request, { id }) => domain.getEntity(id as string)],
    ['GET', '/secure', (request) => domain.secure(request.headers.get('authorization') ?? undefined)],
    [
      'POST',
      '/predict',
      async (request) =>
        domain.predict({
          contentType: request.headers.get('content-type') ?? undefined,
          authorization: request.headers.get('authorization') ?? undefined,
          body: await body(request),
        }),
    ],
    ['POST', '/widgets', async (request) => domain.createdWidget((await validate(Widget, await body(request))).name)],
    ['GET', '/responses/:kind', (request, { kind }) => domain.RESPONSES[kind as string]?.() ?? routes404(request)],
    ['GET', '/conflict', domain.conflict],
    ['GET', '/credit', domain.outOfCredit],
    ['GET', '/results/:name', (_request, { name }) => domain.results(name as string)],
    ['GET', '/crash', domain.crash],
    ['GET', '/crash-string', domain.crashString],
    ['GET', '/teapot', domain.teapot],
    ['GET', '/methods', domain.methods],
    ['GET', '/slow-down', domain.slowDown],
    [
      'GET',
      '/foreign/:library',
      (request, { library }) => domain.FOREIGN_NOT_FOUND[library as string]?.() ?? routes404(request),
    ],
    ['GET', '/stream-fail', domain.streamFail],
  ]);
  const legacy = router([['GET', '/legacy/:case', (_request, params) => domain.legacy(params.case as string)]]);
  const main = httpwireFetch(routes, options);
  const endpoints = httpwireFetch(legacy, { ...options, statusPolicy: 'endpoints' });
  return {
    fetch: (request) => (new URL(request.url).pathname.startsWith('/legacy/') ? endpoints(request) : main(request)),
  };
}

/** An unknown kind or library: the same 404 as an unknown route. */
function routes404(request: Request): unknown {
  return router([])(request);
}
