import { describe, expect, it } from 'vitest';
import { toWire } from '../wire/to-wire.js';
import { HttpResponse } from './http-response.js';

const request = { method: 'GET', accept: '*/*' };

const makers: [string, () => HttpResponse][] = [
  ['json', () => HttpResponse.json({ id: '1', name: 'Ada' })],
  ['text', () => HttpResponse.text('Hello, World!')],
  ['binary', () => HttpResponse.binary(new Uint8Array([1, 2, 3]))],
  ['noContent', () => HttpResponse.noContent()],
  ['constructor, text', () => new HttpResponse(201, 'created')],
  ['constructor, empty', () => new HttpResponse(202)],
];

// A response made without headers keeps its content type aside until `headers` is read (see HttpResponse).
describe('HttpResponse headers created on first read', () => {
  it.each(makers)('%s: the wire is the same whether or not `headers` was read first', (_name, make) => {
    const read = make();
    void read.headers;
    expect(toWire(make(), request)).toEqual(toWire(read, request));
  });

  it('shows the default content type, and a change made through `headers` reaches the wire', () => {
    const response = HttpResponse.json({ id: 1 });
    expect(response.headers.get('content-type')).toBe('application/json');
    response.headers.set('content-type', 'application/vnd.api+json');
    response.headers.append('set-cookie', 'a=1');
    expect(toWire(response, request).headers).toEqual([
      ['content-length', '8'],
      ['content-type', 'application/vnd.api+json'],
      ['set-cookie', 'a=1'],
    ]);
  });

  it('keeps the same Headers object across reads', () => {
    const response = HttpResponse.text('hi');
    expect(response.headers).toBe(response.headers);
  });
});
