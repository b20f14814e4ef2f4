import type { FuzzBody, FuzzCase, FuzzHeader, FuzzJunk } from '@httpwire/example-domain';
import fc from 'fast-check';

/** Put in every place a secret can hide; it may reach the wire only through an exposed message or `details`. */
export const SECRET = 'SECRET-7f3a';

/** One generated request to the fuzz route. */
export interface FuzzRequest {
  method: 'GET' | 'HEAD' | 'POST';
  accept: string | undefined;
  fuzzCase: FuzzCase;
}

const printable = fc.string({ unit: fc.constantFrom(...' !"#$%&\'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~'.split('')) });

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '',
    'Not here.',
    'quote " back \\ slash',
    '\u2028\u2029',
    'ünïcödé ✓ 😀',
    '</script>',
    'x'.repeat(3000),
  ),
);

const secretText = fc.oneof(
  text,
  text.map((value) => `${SECRET} ${value}`),
);

const status = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(400, 401, 403, 404, 405, 409, 410, 413, 418, 422, 429, 451, 500, 501, 502, 503, 504),
  },
  { weight: 2, arbitrary: fc.integer({ min: 100, max: 999 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 99, 600, 1000, 404.5, 204, 304) },
);

const libraryStatus = fc.constantFrom(400, 401, 404, 409, 418, 422, 429, 500, 502, 503);

const successStatus = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(200, 201, 202, 204, 205, 206, 301, 302, 304, 400, 404, 500, 503) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 1000 }) },
);

const headerName = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom('x-a', 'X-Trace', 'Set-Cookie', 'Vary', 'Cache-Control', 'Location', 'Link'),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom('Content-Type', 'Content-Length', 'Transfer-Encoding', 'Connection', 'Date'),
  },
  { weight: 1, arbitrary: fc.constantFrom('', 'bad name', 'x-bad\r\nname', 'x\u0000', 'x-é', 'x:y') },
);

const headerValue = fc.oneof(
  { weight: 6, arbitrary: printable },
  {
    weight: 1,
    arbitrary: fc.constantFrom('a\r\nInjected: yes', 'a\nb', 'a\rb', 'a\u0000b', ' padded ', 'café', '€uro', ''),
  },
);

const header: fc.Arbitrary<FuzzHeader> = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(headerName, headerValue) },
  { weight: 1, arbitrary: fc.tuple(headerName, headerValue, fc.integer({ min: 2, max: 2000 })) },
);

const jsonValue = fc.jsonValue({ maxDepth: 3 });

const body: fc.Arbitrary<FuzzBody> = fc.oneof(
  fc.constant({ type: 'empty' as const }),
  fc.record(
    { type: fc.constant('text' as const), text, contentType: fc.constantFrom('text/plain', 'text/xml', 'text/html') },
    { requiredKeys: ['type', 'text'] },
  ),
  fc.record({ type: fc.constant('json' as const), value: jsonValue }),
  fc.record({
    type: fc.constant('binary' as const),
    base64: fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes).toString('base64')),
  }),
  fc.record(
    {
      type: fc.constant('stream' as const),
      chunks: fc.array(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 4 }),
      failAfter: fc.integer({ min: 0, max: 4 }),
    },
    { requiredKeys: ['type', 'chunks'] },
  ),
);

const junk: fc.Arbitrary<FuzzJunk> = fc.oneof(
  secretText.map((value) => ({ type: 'string' as const, value })),
  fc.double().map((value) => ({ type: 'number' as const, value: Number.isFinite(value) ? value : 0 })),
  fc.constant({ type: 'null' as const }),
  fc.constant({ type: 'undefined' as const }),
  fc
    .record(
      { message: secretText, status: status, statusCode: status, expose: fc.boolean(), extra: jsonValue },
      {
        requiredKeys: ['message'],
      },
    )
    .map((value) => ({ type: 'object' as const, value })),
  secretText.map((message) => ({ type: 'circular' as const, message })),
  fc.bigInt().map((value) => ({ type: 'bigint' as const, value: value.toString() })),
  fc
    .record({ message: secretText, causes: fc.array(secretText, { maxLength: 3 }) })
    .map(({ message, causes }) => ({ type: 'error' as const, message, causes })),
  fc.record({
    type: fc.constantFrom('http-errors' as const, 'boom' as const),
    status: libraryStatus,
    message: secretText,
  }),
);

const fuzzCase: fc.Arbitrary<FuzzCase> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      {
        kind: fc.constant('exception' as const),
        status,
        named: fc.boolean(),
        message: secretText,
        expose: fc.boolean(),
        details: fc.oneof(
          jsonValue,
          secretText.map((value) => ({ field: value })),
        ),
        cause: secretText.map((value) => `${SECRET} cause ${value}`),
        headers: fc.array(header, { maxLength: 4 }),
      },
      { requiredKeys: ['kind', 'status'] },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record(
      { kind: fc.constant('abort' as const), status, message: text },
      { requiredKeys: ['kind', 'status'] },
    ),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('response' as const),
      status: successStatus,
      headers: fc.array(header, { maxLength: 5 }),
      body,
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('throw' as const), junk }) },
  {
    weight: 2,
    arbitrary: fc.record(
      {
        kind: fc.constant('return' as const),
        // A plain value is each framework's to send; only objects and arrays go out alike on every stack (Nest
        // on Express sends other values as `text/html`). A returned secret is data, sent as it is.
        value: fc.oneof(
          fc.dictionary(fc.string({ maxLength: 8 }), jsonValue, { maxKeys: 4 }),
          fc.array(jsonValue, { maxLength: 4 }),
          secretText.map((text) => ({ text })),
        ),
        unserializable: fc.constantFrom('bigint' as const, 'circular' as const),
      },
      { requiredKeys: ['kind', 'value'] },
    ),
  },
);

const accept = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(
    '*/*',
    'application/json',
    'application/problem+json',
    'text/html',
    'application/json;q=0.5, application/problem+json',
    'application/problem+json;q=0, application/json',
    'image/png',
    ';;;,,,q=abc',
    'application/json;q=0.9, '.repeat(420),
  ),
  printable,
);

/** Requests to the fuzz route: a case, a method and an `Accept` header. */
export const fuzzRequest: fc.Arbitrary<FuzzRequest> = fc.record({
  method: fc.constantFrom('GET' as const, 'HEAD' as const, 'POST' as const),
  accept,
  fuzzCase,
});
