import { abort, HttpException, HttpResponse, NotFoundException, type ToWireOptions } from '@httpwire/core';
import { PIXEL_PNG } from './pixel-png.js';
import type { Handler } from './run-handler.js';

/** One seed example: a handler, the request it gets, and the options it runs under. */
export interface SeedExample {
  title: string;
  handler: Handler;
  method?: string;
  headers?: Record<string, string>;
  options?: ToWireOptions;
}

class DuplicateEntityException extends HttpException {
  static override status = 409;
}

const requireAuthorization: Handler = (headers) => {
  if (headers.authorization === undefined) {
    throw new HttpException('The caller is not authorized', { status: 401 });
  }
  return { ok: true };
};

const withHeaders: Handler = () => {
  const response = HttpResponse.text('Hello, World!');
  response.headers.set('Machin', 'Truc');
  response.headers.append('Set-Cookie', 'chocolate');
  response.headers.append('Set-Cookie', 'pecan');
  return response;
};

const endpoints: ToWireOptions = { statusPolicy: 'endpoints' };

export const SEED_EXAMPLES: readonly SeedExample[] = [
  { title: '1. 401 when Authorization is missing', handler: requireAuthorization },
  { title: '1. …and 200 when it is present', handler: requireAuthorization, headers: { authorization: 'Bearer t' } },
  { title: '2. text', handler: () => HttpResponse.text('Hello, World!') },
  {
    title: '2. XML as text/xml',
    handler: () =>
      HttpResponse.text('<person><name>John Doe</name><age>42</age></person>', { contentType: 'text/xml' }),
  },
  { title: '2. JSON', handler: () => HttpResponse.json({ a: 'b', c: ['e', 42] }) },
  { title: '2. PNG', handler: () => HttpResponse.binary(PIXEL_PNG, { contentType: 'image/png' }) },
  { title: '3. extra and repeated headers', handler: withHeaders },
  {
    title: '4. direct construction',
    handler: () => new HttpResponse(200, 'Hello No Helper World', { 'Content-Type': 'text/plain' }),
  },
  {
    title: '5. NotFoundException',
    handler: () => {
      throw new NotFoundException('No entity with the id "42" exists.');
    },
  },
  {
    title: '5. custom 409 subclass',
    handler: () => {
      throw new DuplicateEntityException('An entity named "Ada" already exists.');
    },
  },
  ...[418, 405, 408, 502].map((status) => ({
    title: `6. endpoints policy: ${status}`,
    handler: () => abort(status, `originally ${status}`),
    options: endpoints,
  })),
  {
    title: '6. endpoints policy: 302',
    handler: () => HttpResponse.redirect('/elsewhere', 302),
    options: endpoints,
  },
  { title: '7. abort(204)', handler: () => abort(204) },
];
