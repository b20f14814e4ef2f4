import { defineIdiomSuite, headerPluginCases, type IdiomCase, idiomGet } from '@httpwire/conformance';
import { honoIdiomApp, listen } from './hono-idiom-app.js';

const get = idiomGet;
const json = (body: string): IdiomCase['request'] => ({
  method: 'POST',
  path: '/json-body',
  headers: { 'Content-Type': 'application/json' },
  body,
});

const cases: IdiomCase[] = [
  { name: '`c.status(201)`, then `c.json()`', request: get('/created'), outcome: 'same' },
  { name: '`c.html()`', request: get('/html'), outcome: 'same' },
  { name: '`c.body()` of PNG bytes', request: get('/png'), outcome: 'same' },
  { name: '`c.text()`', request: get('/text'), outcome: 'same' },
  { name: '`c.header()`, then `c.json()`', request: get('/header'), outcome: 'same' },
  { name: '`stream()` from hono/streaming', request: get('/stream'), outcome: 'same' },
  { name: '`c.redirect()`', request: get('/redirect'), outcome: 'same' },
  { name: 'etag: a success', request: get('/etag/ok'), outcome: 'same' },
  {
    name: 'etag: a conditional GET (304)',
    // hono/etag's tag: the SHA-1 of the body, in hex.
    request: get('/etag/ok', { 'If-None-Match': '"f19667405306ef12c6e6541a9326e358235b8a14"' }),
    outcome: 'same',
  },
  { name: 'requestId: a success', request: get('/request-id/ok'), outcome: 'same', volatileHeaders: ['x-request-id'] },
  {
    name: 'requestId: an error keeps the request id',
    request: get('/request-id/fail'),
    outcome: 409,
    volatileHeaders: ['x-request-id'],
    keepHeaders: ['x-request-id'],
  },
  {
    name: 'basicAuth: the right credentials',
    request: get('/admin/ok', { Authorization: 'Basic YWRhOmxvdmVsYWNl' }),
    outcome: 'same',
  },
  {
    name: 'basicAuth: no credentials (its 401 and challenge)',
    request: get('/admin/ok'),
    outcome: 401,
    keepHeaders: ['www-authenticate'],
  },
  { name: '`throw new HTTPException(401)`', request: get('/unauthorized'), outcome: 401 },
  { name: 'a handler throws', request: get('/throws'), outcome: 500 },
  { name: 'an unknown route', request: get('/no/such/route'), outcome: 404 },
  { name: '`c.notFound()`', request: get('/compressed/fail'), outcome: 404 },
  { name: "validator('json'): a body", request: json('{"a":1}'), outcome: 'same' },
  { name: "validator('json'): invalid JSON", request: json('{"a":'), outcome: 400 },
  { name: 'bodyLimit: over the limit', request: json(JSON.stringify({ a: 'x'.repeat(100) })), outcome: 413 },
  ...headerPluginCases({ cors: 'hono/cors', compression: 'hono/compress', helmet: 'hono/secure-headers' }),
];

defineIdiomSuite('Hono 4', cases, (withHttpwire) => listen(honoIdiomApp(withHttpwire)));
