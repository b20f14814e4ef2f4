import { HttpResponse, type ToWireOptions, validate } from '@httpwire/core';
import * as domain from '@httpwire/example-domain';
import { httpwireFetch, pathOf, readJsonBody } from '@httpwire/fetch';
import { router } from './router.js';
import { Widget } from './widget-schema.js';

/** A web-standard app: what `export default` gives every runtime. */
export interface FetchApp {
  fetch(request: Request): Promise<Response>;
}

/** Options of the example: `fuzz` mounts the reliability routes (`/fuzz`), as the other apps do under `HTTPWIRE_FUZZ=1`. */
export interface FetchExampleOptions {
  fuzz?: boolean | undefined;
}

const body = (request: Request) => readJsonBody(request, { limit: domain.BODY_LIMIT_BYTES });

/**
 * The whole route catalogue as one web-standard `fetch` handler through `@httpwire/fetch`: nothing in it is
 * specific to a runtime, so Node, Bun, Deno and workerd serve the same module.
 */
export function createFetchExample(report: domain.ReportLine, { fuzz = false }: FetchExampleOptions = {}): FetchApp {
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
  const scopes: [prefix: string, handler: (request: Request) => Promise<Response>][] = [
    ['/legacy/', httpwireFetch(legacy, { ...options, statusPolicy: 'endpoints' })],
  ];
  if (fuzz) scopes.push(...fuzzScopes(options));
  const main = httpwireFetch(routes, options);
  // The dispatcher is httpwire's too: nothing the module does may throw outside it. `request.url` is not always
  // absolute (Bun gives an HTTP/1.0 request without Host its bare path), so it is not parsed with `new URL`.
  const dispatch = httpwireFetch((request: Request) => {
    const path = pathOf(request.url);
    return (scopes.find(([prefix]) => path.startsWith(prefix))?.[1] ?? main)(request);
  }, options);
  return { fetch: (request) => dispatch(request) };
}

/** The reliability routes, each under the options its scope has on the other apps. */
function fuzzScopes(options: ToWireOptions): [string, (request: Request) => Promise<Response>][] {
  const fuzz = (request: Request) => domain.runFuzzCase(request.headers.get(domain.FUZZ_CASE_HEADER) ?? undefined);
  const onError = options.onError as NonNullable<ToWireOptions['onError']>;
  return [
    ['/fuzz/format-throws', httpwireFetch(fuzz, { ...options, ...domain.FORMAT_THROWS })],
    ['/fuzz/on-error-throws', httpwireFetch(fuzz, { ...options, onError: domain.throwingOnError(onError) })],
    [
      '/fuzz/after-headers',
      // A web handler cannot write headers and then throw: a stream that fails after its first chunk can.
      httpwireFetch(
        () =>
          HttpResponse.stream(
            (async function* () {
              yield 'partial\n';
              throw domain.afterHeadersFailure();
            })(),
            { contentType: 'text/plain; charset=utf-8' },
          ),
        options,
      ),
    ],
    ['/fuzz', httpwireFetch(fuzz, options)],
  ];
}

/** An unknown kind or library: the same 404 as an unknown route. */
function routes404(request: Request): unknown {
  return router([])(request);
}
