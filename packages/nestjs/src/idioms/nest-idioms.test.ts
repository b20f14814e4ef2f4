import { defineIdiomSuite, type IdiomCase } from '@httpwire/conformance';
import { listen, nestIdiomApp } from './nest-idiom-app.js';

const get = (path: string) => ({ method: 'GET', path });
const post = (path: string, body?: string) => ({
  method: 'POST',
  path,
  headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
  ...(body === undefined ? {} : { body }),
});

const cases: IdiomCase[] = [
  { name: 'return a value', request: get('/plain'), outcome: 'same' },
  { name: '`@Post()` without `@HttpCode()` (Nest’s 201)', request: post('/created'), outcome: 'same' },
  { name: '`@HttpCode(202)`', request: post('/accepted'), outcome: 'same' },
  { name: '`@Header()`', request: get('/header'), outcome: 'same' },
  { name: '`@Res({ passthrough: true })`, then `res.status(202)`', request: get('/passthrough'), outcome: 'same' },
  { name: '`@Res()`: the handler sends', request: get('/library'), outcome: 'same' },
  { name: '`StreamableFile`', request: get('/streamable'), outcome: 'same' },
  { name: '`@Redirect()`', request: get('/redirect'), outcome: 'same' },
  { name: 'return a string', request: get('/string'), outcome: 'same' },
  { name: '`ClassSerializerInterceptor` with `@Exclude()`', request: get('/serialized'), outcome: 'same' },
  { name: 'an app’s own interceptor (`{ data }` wrapper)', request: get('/wrapped'), outcome: 'same' },
  {
    name: 'an app’s own `@Catch()` filter: `httpAdapter.status(res, 409)`, then `reply()`',
    request: get('/conflict'),
    outcome: 'same',
  },
  { name: '`new ForbiddenException({ reason })`', request: get('/forbidden'), outcome: 403 },
  { name: '`NotFoundException`', request: get('/not-found'), outcome: 404 },
  { name: 'a handler throws', request: get('/crash'), outcome: 500 },
  { name: '`ValidationPipe` rejects the body', request: post('/validated', '{"name":1}'), outcome: 400 },
  { name: 'a body that is not valid JSON', request: post('/validated', '{"name":'), outcome: 400 },
  { name: 'an unknown route', request: get('/no/such/route'), outcome: 404 },
  ...[1, 2].map(
    (count): IdiomCase => ({
      name: `@nestjs/throttler: request ${count} of 2`,
      request: get('/throttled'),
      outcome: 'same',
      volatileHeaders: ['x-ratelimit-reset'],
    }),
  ),
  {
    name: '@nestjs/throttler: over the limit (`ThrottlerException`)',
    request: get('/throttled'),
    outcome: 429,
    keepHeaders: ['retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining'],
  },
];

defineIdiomSuite('Nest 12 on Express', cases, async (withHttpwire) =>
  listen(await nestIdiomApp('express', withHttpwire)),
);
defineIdiomSuite('Nest 12 on Fastify', cases, async (withHttpwire) =>
  listen(await nestIdiomApp('fastify', withHttpwire)),
);
