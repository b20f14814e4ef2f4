import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineIdiomSuite, headerPluginCases, type IdiomCase, idiomGet, multipartUpload } from '@httpwire/conformance';
import express from 'express';
import express4 from 'express4';
import { expressIdiomApp, listen } from './express-idiom-app.js';

const directory = mkdtempSync(join(tmpdir(), 'httpwire-express-idioms-'));
const files = { text: join(directory, 'report.txt'), missing: join(directory, 'missing.txt') };
writeFileSync(files.text, 'The quarterly report.\n');

/** Express's weak ETag of a body (the `etag` package's). */
function weakEtag(body: string): string {
  const hash = createHash('sha1').update(body).digest('base64').slice(0, 27);
  return `W/"${Buffer.byteLength(body).toString(16)}-${hash}"`;
}

const get = idiomGet;

const cases: IdiomCase[] = [
  { name: '`res.status(201)`, then return a value', request: get('/created'), outcome: 'same' },
  { name: "`res.type('html')`, then return HTML", request: get('/html'), outcome: 'same' },
  { name: "`res.type('png')`, then return a Buffer", request: get('/png'), outcome: 'same' },
  { name: 'return a value (res.json: charset, ETag)', request: get('/json'), outcome: 'same' },
  {
    name: 'conditional GET of a returned value (ETag → 304)',
    request: get('/json', { 'If-None-Match': weakEtag('{"a":"b"}') }),
    outcome: 'same',
  },
  { name: 'return a string', request: get('/text'), outcome: 'same' },
  { name: 'return `fs.createReadStream()`', request: get('/file-stream'), outcome: 'same' },
  { name: 'return `Readable.from()`', request: get('/readable'), outcome: 'same' },
  { name: '`res.sendFile()` inside the route', request: get('/send-file'), outcome: 'same' },
  { name: '`res.download()` inside the route', request: get('/download'), outcome: 'same' },
  { name: '`res.redirect()` inside the route', request: get('/redirect'), outcome: 'same' },
  { name: '`res.sendFile()` of a missing file', request: get('/missing-file'), outcome: 404 },
  { name: '`next(err)` with `err.status = 404`', request: get('/next-404'), outcome: 404 },
  { name: '`res.status(404)`, then `next(new Error())`', request: get('/status-then-error'), outcome: 404 },
  { name: '`next(createError(409))` (http-errors)', request: get('/http-errors'), outcome: 409 },
  { name: 'a handler throws', request: get('/throws'), outcome: 500 },
  { name: 'an unknown route', request: get('/no/such/route'), outcome: 404 },
  {
    name: 'express.json() with invalid JSON',
    request: { method: 'POST', path: '/json-body', headers: { 'Content-Type': 'application/json' }, body: '{"a":' },
    outcome: 400,
  },
  ...headerPluginCases({ cors: 'cors', compression: 'compression', helmet: 'helmet' }),
  ...[1, 2].map(
    (count): IdiomCase => ({
      name: `express-rate-limit: request ${count} of 2`,
      request: get('/limited/ok'),
      outcome: 'same',
      volatileHeaders: ['ratelimit'],
    }),
  ),
  {
    name: 'express-rate-limit: over the limit (its own 429)',
    request: get('/limited/ok'),
    outcome: 'same',
    volatileHeaders: ['ratelimit', 'retry-after'],
  },
  { name: 'multer: an upload', request: multipartUpload('/upload', 'small'), outcome: 'same' },
  {
    name: 'multer: a file over the size limit',
    request: multipartUpload('/upload', 'far more than sixteen bytes'),
    outcome: { without: 500, with: 413 },
  },
];

defineIdiomSuite('Express 5', cases, (withHttpwire) => listen(expressIdiomApp(express, withHttpwire, files)));
defineIdiomSuite('Express 4', cases, (withHttpwire) =>
  listen(expressIdiomApp(express4 as unknown as typeof express, withHttpwire, files)),
);
