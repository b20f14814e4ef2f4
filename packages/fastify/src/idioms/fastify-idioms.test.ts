import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineIdiomSuite, headerPluginCases, type IdiomCase, idiomGet, multipartUpload } from '@httpwire/conformance';
import { fastifyIdiomApp, listen } from './fastify-idiom-app.js';

const directory = mkdtempSync(join(tmpdir(), 'httpwire-fastify-idioms-'));
const file = join(directory, 'report.txt');
writeFileSync(file, 'The quarterly report.\n');

const get = idiomGet;
const JSON_TYPE = { 'Content-Type': 'application/json' };

const cases: IdiomCase[] = [
  { name: '`reply.code(201)`, then return a value', request: get('/created'), outcome: 'same' },
  { name: "`reply.type('text/html')`, then return HTML", request: get('/html'), outcome: 'same' },
  { name: "`reply.type('application/xml')`, then return XML", request: get('/xml'), outcome: 'same' },
  { name: "`reply.type('image/png')`, then return a Buffer", request: get('/png'), outcome: 'same' },
  { name: 'return `fs.createReadStream()`', request: get('/file-stream'), outcome: 'same' },
  { name: 'return `Readable.from()`', request: get('/readable'), outcome: 'same' },
  { name: 'return nothing from an async handler', request: get('/nothing'), outcome: 'same' },
  { name: 'a response schema (fast-json-stringify)', request: get('/schema'), outcome: 'same' },
  { name: '`reply.redirect()`', request: get('/redirect'), outcome: 'same' },
  { name: '`reply.hijack()`, then write to `reply.raw`', request: get('/hijacked'), outcome: 'same' },
  { name: 'an `onSend` hook from the Hooks reference (`payload.replace`)', request: get('/on-send'), outcome: 'same' },
  { name: 'HEAD of a returned value', request: { method: 'HEAD', path: '/created' }, outcome: 'same' },
  { name: '@fastify/static: `reply.sendFile()`', request: get('/send-file'), outcome: 'same' },
  { name: '@fastify/static: a file under the prefix', request: get('/static/report.txt'), outcome: 'same' },
  { name: '@fastify/static: a missing file', request: get('/static/missing.txt'), outcome: 404 },
  { name: '@fastify/swagger: the document', request: get('/openapi.json'), outcome: 'same' },
  { name: '`reply.code(404).send(new Error())`', request: get('/code-then-send-error'), outcome: 404 },
  { name: '@fastify/sensible: `reply.notFound()`', request: get('/sensible-not-found'), outcome: 404 },
  { name: '@fastify/sensible: `throw httpErrors.conflict()`', request: get('/sensible-conflict'), outcome: 409 },
  { name: 'a handler throws', request: get('/throws'), outcome: 500 },
  { name: 'an unknown route', request: get('/no/such/route'), outcome: 404 },
  {
    name: 'a body that is not valid JSON',
    request: { method: 'POST', path: '/validated', headers: JSON_TYPE, body: '{"name":' },
    outcome: 400,
  },
  {
    name: 'schema validation of the body (a 422 validation problem)',
    request: { method: 'POST', path: '/validated', headers: JSON_TYPE, body: '{}' },
    outcome: { without: 400, with: 422 },
  },
  { name: '@fastify/multipart: an upload', request: multipartUpload('/upload', 'small'), outcome: 'same' },
  {
    name: '@fastify/multipart: a file over the size limit',
    request: multipartUpload('/upload', 'far more than sixteen bytes'),
    outcome: 413,
  },
  ...headerPluginCases({ cors: '@fastify/cors', compression: '@fastify/compress', helmet: '@fastify/helmet' }),
  ...[1, 2].map(
    (count): IdiomCase => ({
      name: `@fastify/rate-limit: request ${count} of 2`,
      request: get('/limited/ok'),
      outcome: 'same',
      volatileHeaders: ['x-ratelimit-reset'],
    }),
  ),
  {
    name: '@fastify/rate-limit: over the limit (its error, `statusCode: 429`)',
    request: get('/limited/ok'),
    outcome: 429,
    keepHeaders: ['retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'],
  },
];

defineIdiomSuite('Fastify 5', cases, async (withHttpwire) => listen(await fastifyIdiomApp(withHttpwire, file)));
