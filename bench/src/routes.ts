/** The routes every benchmark server serves; a variant serves the subset it has. */
export const ROUTES = {
  json: { path: '/json', status: 200, label: '200 JSON' },
  responseJson: { path: '/response-json', status: 200, label: '200 JSON as an HttpResponse' },
  throw404: { path: '/throw-404', status: 404, label: '404 by throwing' },
  direct404: { path: '/direct-404', status: 404, label: '404 by a direct write' },
  prebuilt404: { path: '/throw-prebuilt-404', status: 404, label: '404 by throwing an exception built once' },
  crash: { path: '/crash', status: 500, label: 'unknown error → 500' },
  text: { path: '/text', status: 200, label: 'text with two cookies' },
} as const;

export type RouteId = keyof typeof ROUTES;

/** The 200 body every stack sends (17 bytes, as in the native measurements). */
export const JSON_BODY = { hello: 'world' };

export const TEXT_BODY = 'Hello, World!';
export const COOKIES = ['session=abc123; Path=/; HttpOnly', 'theme=dark; Path=/'];

/** What the hand-written 404 of raw node, Express and Fastify sends: Fastify's default error shape. */
export const NATIVE_NOT_FOUND_BODY = { statusCode: 404, error: 'Not Found', message: 'Not Found' };

/** What Nest's `NotFoundException` sends, written by hand for Nest's direct-write route. */
export const NEST_NOT_FOUND_BODY = { message: 'Not Found', statusCode: 404 };

/** The unknown failure every `/crash` route throws. */
export function crash(): never {
  throw new Error('secret: the database password is hunter2');
}
