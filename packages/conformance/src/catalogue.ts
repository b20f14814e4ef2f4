/** One request of the route catalogue, and the status every stack must answer it with. */
export interface CatalogueCase {
  /** A stable name, for tables and failure messages. */
  name: string;
  method: 'GET' | 'HEAD' | 'POST';
  path: string;
  headers?: Readonly<Record<string, string>>;
  body?: string;
  status: number;
  /** The request puts a failing stream on the wire: the connection must be cut after `partial\n`. */
  cutAfter?: string;
  /** The response rejects the request body and must close the connection. */
  rejectsBody?: boolean;
}

/** The `Accept` variants every case is sent with. */
export const ACCEPT_VARIANTS = ['*/*', 'application/json', 'application/problem+json', 'text/html'] as const;

/** A path no example app routes: its 404 is the framework's, which no OpenAPI document describes. */
export const UNKNOWN_ROUTE = '/no/such/route';

const GET_ROUTES: readonly [name: string, path: string, status: number, headers?: Record<string, string>][] = [
  ['entity found', '/entities/1', 200],
  ['entity missing', '/entities/42', 404],
  ['entity with an encoded id', '/entities/%41%20b', 404],
  ['bad percent-encoding', '/entities/%E0%A4%A', 400],
  ['secure without Authorization', '/secure', 401],
  ['secure with Authorization', '/secure', 200, { Authorization: 'Bearer anything' }],
  ['text', '/responses/text', 200],
  ['xml', '/responses/xml', 200],
  ['json', '/responses/json', 200],
  ['image', '/responses/image', 200],
  ['headers and cookies', '/responses/headers', 200],
  ['direct construction', '/responses/direct', 200],
  ['stream', '/responses/stream', 200],
  ['custom 409', '/conflict', 409],
  ['out of credit', '/credit', 403],
  ['results found', '/results/found', 200],
  ['results empty', '/results/none', 204],
  ['crash', '/crash', 500],
  ['crash with a string', '/crash-string', 500],
  ['teapot', '/teapot', 418],
  ['method not allowed', '/methods', 405],
  ['slow down', '/slow-down', 429],
  ['http-errors 404', '/foreign/http-errors', 404],
  ['boom 404', '/foreign/boom', 404],
  ['Nest 404', '/foreign/nest', 404],
  ['legacy teapot', '/legacy/teapot', 404],
  ['legacy method', '/legacy/method', 501],
  ['legacy timeout', '/legacy/timeout', 503],
  ['legacy redirect', '/legacy/redirect', 404],
  ['legacy upstream', '/legacy/upstream', 503],
  ['legacy void', '/legacy/void', 204],
  ['legacy ok', '/legacy/ok', 200],
  ['unknown route', UNKNOWN_ROUTE, 404],
  ['unknown route with a query', `${UNKNOWN_ROUTE}?token=1`, 404],
];

const JSON_TYPE = { 'Content-Type': 'application/json' };
const AUTH = { Authorization: 'Bearer anything' };

/** Exactly 102400 bytes of valid JSON: the limit is inclusive. */
export function jsonOfLength(length: number): string {
  const base = '{"features":[1,2,3]}';
  return base.slice(0, -1) + ' '.repeat(length - base.length) + base.slice(-1);
}

const PREDICT_CASES: readonly CatalogueCase[] = [
  { name: 'predict ok', body: '{"features":[1,2,3]}', headers: { ...JSON_TYPE, ...AUTH }, status: 200 },
  {
    name: 'predict with charset',
    body: '{"features":[0.5]}',
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...AUTH },
    status: 200,
  },
  { name: 'predict at the limit', body: jsonOfLength(102_400), headers: { ...JSON_TYPE, ...AUTH }, status: 200 },
  { name: 'predict without Authorization', body: '{"features":[1]}', headers: JSON_TYPE, status: 401 },
  {
    name: 'predict invalid JSON',
    body: '{"features": [1,',
    headers: { ...JSON_TYPE, ...AUTH },
    status: 400,
    rejectsBody: true,
  },
  {
    name: 'predict invalid JSON without Authorization',
    body: "{'features'",
    headers: JSON_TYPE,
    status: 400,
    rejectsBody: true,
  },
  { name: 'predict empty JSON', body: '', headers: { ...JSON_TYPE, ...AUTH }, status: 400, rejectsBody: true },
  {
    name: 'predict over the limit',
    body: jsonOfLength(102_401),
    headers: { ...JSON_TYPE, ...AUTH },
    status: 413,
    rejectsBody: true,
  },
  {
    name: 'predict as text',
    body: 'features=1',
    headers: { 'Content-Type': 'text/plain', ...AUTH },
    status: 415,
    rejectsBody: true,
  },
  {
    name: 'predict as XML',
    body: '<features/>',
    headers: { 'Content-Type': 'application/xml', ...AUTH },
    status: 415,
    rejectsBody: true,
  },
  { name: 'predict without a content type', body: '{"features":[1]}', headers: AUTH, status: 415, rejectsBody: true },
  { name: 'predict with a wrong field', body: '{"features":"1,2"}', headers: { ...JSON_TYPE, ...AUTH }, status: 400 },
  { name: 'predict with a missing field', body: '{}', headers: { ...JSON_TYPE, ...AUTH }, status: 400 },
  {
    name: 'predict with bad items',
    body: '{"features":[1,"x",null]}',
    headers: { ...JSON_TYPE, ...AUTH },
    status: 400,
  },
  { name: 'predict with a non-object', body: '[1,2]', headers: { ...JSON_TYPE, ...AUTH }, status: 400 },
].map((entry) => ({ ...entry, method: 'POST' as const, path: '/predict' }));

/** A widget whose every value is valid, as the base of the `/widgets` cases. */
const WIDGET = { name: 'Lamp', price: 12.5, tags: ['light'] };

const WIDGET_CASES: readonly CatalogueCase[] = (
  [
    ['widget valid', WIDGET, 201],
    ['widget with unknown properties', { ...WIDGET, colour: 'red', dimensions: { width: 1, height: 0 } }, 201],
    ['widget name at its limit', { ...WIDGET, name: 'x'.repeat(40) }, 201],
    ['widget tags at their limit', { ...WIDGET, tags: ['a', 'b', 'c', 'd', 'e'] }, 201],
    ['widget missing everything', {}, 422],
    ['widget with several errors', { name: '', price: -3, tags: [1] }, 422],
    ['widget with nested errors', { ...WIDGET, dimensions: { width: -1 } }, 422],
    ['widget with a bad array item', { ...WIDGET, tags: ['x', 2, 'y', 10] }, 422],
    ['widget with the escaped key', { ...WIDGET, 'a/b~c': 'yes' }, 422],
    ['widget as an array', [WIDGET], 422],
    ['widget as a string', 'Lamp', 422],
    ['widget name empty', { ...WIDGET, name: '' }, 422],
    ['widget name past its limit', { ...WIDGET, name: 'x'.repeat(41) }, 422],
    ['widget tags past their limit', { ...WIDGET, tags: ['a', 'b', 'c', 'd', 'e', 'f'] }, 422],
    ['widget price at zero', { ...WIDGET, price: 0 }, 422],
    ['widget with wrong types everywhere', { name: 5, price: '1', tags: 'x', dimensions: 'x' }, 422],
  ] as const
).map(([name, body, status]) => ({
  name,
  method: 'POST' as const,
  path: '/widgets',
  headers: JSON_TYPE,
  body: JSON.stringify(body),
  status,
}));

/**
 * The whole catalogue: every GET route as GET and as HEAD, every `/predict` and `/widgets` case, and the
 * failing stream, each sent with every `Accept` variant.
 */
export function catalogue(): CatalogueCase[] {
  const cases: CatalogueCase[] = [];
  for (const accept of ACCEPT_VARIANTS) {
    for (const [name, path, status, headers] of GET_ROUTES) {
      for (const method of ['GET', 'HEAD'] as const) {
        cases.push({
          name: `${method} ${name} [${accept}]`,
          method,
          path,
          status,
          headers: { ...headers, Accept: accept },
        });
      }
    }
    for (const entry of [...PREDICT_CASES, ...WIDGET_CASES]) {
      cases.push({ ...entry, name: `${entry.name} [${accept}]`, headers: { ...entry.headers, Accept: accept } });
    }
    cases.push({
      name: `GET stream failure [${accept}]`,
      method: 'GET',
      path: '/stream-fail',
      status: 200,
      cutAfter: 'partial\n',
      headers: { Accept: accept },
    });
    cases.push({
      name: `HEAD stream failure [${accept}]`,
      method: 'HEAD',
      path: '/stream-fail',
      status: 200,
      headers: { Accept: accept },
    });
  }
  return cases;
}
