import {
  abort,
  HttpException,
  HttpResponse,
  ImATeapotException,
  MethodNotAllowedException,
  TooManyRequestsException,
} from '@httpwire/core';
import { PIXEL_PNG } from './pixel-png.js';

/** `GET /responses/:kind`: the response factories of `@httpwire/core`. */
export const RESPONSES: Readonly<Record<string, () => HttpResponse>> = {
  text: () => HttpResponse.text('Hello, World!'),
  xml: () => HttpResponse.text('<person><name>John Doe</name><age>42</age></person>', { contentType: 'text/xml' }),
  json: () => HttpResponse.json({ a: 'b', c: ['e', 42] }),
  image: () => HttpResponse.binary(PIXEL_PNG, { contentType: 'image/png' }),
  headers: () => {
    const response = HttpResponse.text('Hello, World!');
    response.headers.set('Machin', 'Truc');
    response.headers.append('Set-Cookie', 'chocolate');
    response.headers.append('Set-Cookie', 'pecan');
    return response;
  },
  direct: () => new HttpResponse(200, 'Hello No Helper World', { 'Content-Type': 'text/plain' }),
  stream: () => HttpResponse.stream(threeChunks(), { contentType: 'text/plain; charset=utf-8' }),
};

async function* threeChunks(): AsyncGenerator<string> {
  yield 'chunk-1\n';
  yield 'chunk-2\n';
  yield 'chunk-3\n';
}

/** `GET /stream-fail`: one chunk, then the source fails. */
export function streamFail(): HttpResponse {
  async function* failing(): AsyncGenerator<string> {
    yield 'partial\n';
    await new Promise((resolve) => setTimeout(resolve, 20));
    throw new Error('secret: the disk went away');
  }
  return HttpResponse.stream(failing(), { contentType: 'text/plain; charset=utf-8' });
}

/** `GET /results/:name`: data, or an empty 204 through `abort`. */
export function results(name: string): HttpResponse {
  if (name === 'found') return HttpResponse.json({ data: [1, 2, 3] });
  return abort(204);
}

/** `GET /crash`: a foreign error whose message must never reach the wire. */
export function crash(): never {
  throw new Error('secret: db password is hunter2');
}

/** `GET /crash-string`: a thrown non-Error. */
export function crashString(): never {
  throw 'secret string';
}

/** `GET /teapot`. */
export function teapot(): never {
  throw new ImATeapotException('I only brew tea.');
}

/** `GET /methods`: a 405 with the `Allow` RFC 9110 requires. */
export function methods(): never {
  throw new MethodNotAllowedException('Use GET or POST.', { allow: ['GET', 'POST'] });
}

/** `GET /slow-down`. */
export function slowDown(): never {
  throw new TooManyRequestsException('Slow down.', { retryAfter: 120 });
}

/** `GET /legacy/:case`, served under the `endpoints` status policy. */
export function legacy(name: string): HttpResponse {
  switch (name) {
    case 'teapot':
      throw new ImATeapotException('Legacy teapot.');
    case 'method':
      throw new MethodNotAllowedException('Legacy method.', { allow: ['GET'] });
    case 'timeout':
      abort(408, 'Legacy timeout.');
      break;
    case 'redirect':
      return HttpResponse.redirect('/legacy/ok', 302);
    case 'upstream':
      throw new HttpException('Legacy upstream.', { status: 502 });
    case 'void':
      return new HttpResponse(201);
    case 'ok':
      return HttpResponse.json({ ok: true });
  }
  throw new HttpException(`No legacy case "${name}".`, { status: 404 });
}
