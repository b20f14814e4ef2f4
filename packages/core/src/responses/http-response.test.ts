import { describe, expect, it } from 'vitest';
import { HttpResponse, isHttpResponse } from '../index.js';
import { fromReturnValue } from './from-return-value.js';

describe('HttpResponse factories', () => {
  it('makes text with a UTF-8 type by default, and XML as text/xml', () => {
    const text = HttpResponse.text('Hello, World!');
    expect(text.status).toBe(200);
    expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(text.body).toEqual({ kind: 'text', text: 'Hello, World!' });
    const xml = HttpResponse.text('<person/>', { contentType: 'text/xml' });
    expect(xml.headers.get('content-type')).toBe('text/xml');
  });

  it('makes JSON, binary, no-content and redirects', () => {
    expect(HttpResponse.json({ a: 'b' }).headers.get('content-type')).toBe('application/json');
    const png = HttpResponse.binary(new Uint8Array([137, 80, 78, 71]), { contentType: 'image/png' });
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(HttpResponse.binary(new ArrayBuffer(2)).headers.get('content-type')).toBe('application/octet-stream');
    expect(HttpResponse.noContent().status).toBe(204);
    const redirect = HttpResponse.redirect('/elsewhere');
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe('/elsewhere');
    expect(HttpResponse.redirect('/new', 308).status).toBe(308);
  });

  it('takes status, headers and location on every factory', () => {
    const created = HttpResponse.json({ id: '42' }, { status: 201, location: '/entities/42', headers: { 'X-A': '1' } });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe('/entities/42');
    expect(created.headers.get('x-a')).toBe('1');
  });

  it('lets a content-type header replace the default', () => {
    expect(HttpResponse.text('x', { headers: { 'Content-Type': 'text/csv' } }).headers.get('content-type')).toBe(
      'text/csv',
    );
  });

  it.each(['', 'garbage', 'text/', '/plain', 'text/pla in'])('rejects the Content-Type %j at construction', (type) => {
    expect(() => HttpResponse.text('x', { contentType: type })).toThrow(/is not a media type/);
    expect(() => new HttpResponse(200, 'x', { 'Content-Type': type })).toThrow(TypeError);
    expect(() => HttpResponse.json(1, { headers: [['content-type', type]] })).toThrow(TypeError);
  });

  it('accepts media types with parameters', () => {
    const type = 'multipart/form-data; boundary="a b"';
    expect(HttpResponse.text('x', { contentType: type }).headers.get('content-type')).toBe(type);
  });

  it('constructs directly, like DkuCustomHttpResponse', () => {
    const response = new HttpResponse(200, 'Hello No Helper World', { 'Content-Type': 'text/plain' });
    expect(response.headers.get('content-type')).toBe('text/plain');
    expect(response.body).toEqual({ kind: 'text', text: 'Hello No Helper World' });
    expect(new HttpResponse(200, 'x').headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(new HttpResponse(200, new Uint8Array([1])).headers.get('content-type')).toBe('application/octet-stream');
    expect(new HttpResponse(404).body).toBeNull();
  });

  it('keeps headers case-insensitive and multi-valued', () => {
    const response = HttpResponse.text('Hello, World!');
    response.headers.set('Machin', 'Truc');
    response.headers.set('machin', 'Truc');
    response.headers.append('Set-Cookie', 'chocolate');
    response.headers.append('Set-Cookie', 'pecan');
    expect(response.headers.get('MACHIN')).toBe('Truc');
    expect(response.headers.getSetCookie()).toEqual(['chocolate', 'pecan']);
    const fromRecord = new HttpResponse(200, 'x', { 'Set-Cookie': ['a=1', 'b=2'] });
    expect(fromRecord.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    const fromPairs = new HttpResponse(200, 'x', [
      ['Set-Cookie', 'a=1'],
      ['Set-Cookie', 'b=2'],
    ]);
    expect(fromPairs.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
  });

  it.each([99, 100, 199, 600, 200.5, Number.NaN])('rejects the status %s with a TypeError that names it', (status) => {
    expect(() => new HttpResponse(status)).toThrow(TypeError);
    expect(() => new HttpResponse(status)).toThrow(String(status));
    expect(() => HttpResponse.json({}, { status })).toThrow(TypeError);
  });

  it('rejects redirects with a non-redirect status', () => {
    expect(() => HttpResponse.redirect('/x', 200)).toThrow(/300, 301, 302, 303, 307 or 308, got 200/);
    expect(() => HttpResponse.redirect('/x', 304)).toThrow(TypeError);
  });

  it('rejects CR, LF and NUL in header values and in Location', () => {
    expect(() => HttpResponse.redirect('/x\r\nSet-Cookie: evil=1')).toThrow(/CR, LF or NUL/);
    expect(() => HttpResponse.text('x', { headers: { 'X-A': 'a\nb' } })).toThrow(TypeError);
    expect(() => HttpResponse.text('x').headers.set('X-A', 'a\0b')).toThrow(TypeError);
    expect(() => HttpResponse.text('x', { headers: { 'Bad Name': 'v' } })).toThrow(/HTTP tokens/);
    expect(() => HttpResponse.text('x', { headers: { 'X-A': '日本' } })).toThrow(/Latin-1/);
  });

  it('rejects bodies that are neither text nor bytes', () => {
    expect(() => new HttpResponse(200, { a: 1 } as never)).toThrow(/HttpResponse.json/);
    expect(() => HttpResponse.text(42 as never)).toThrow(TypeError);
    expect(() => HttpResponse.binary('x' as never)).toThrow(TypeError);
    expect(() => HttpResponse.stream('x' as never)).toThrow(TypeError);
  });

  it('accepts web streams and async iterables as stream sources', () => {
    async function* chunks() {
      yield 'a';
    }
    expect(HttpResponse.stream(chunks()).body?.kind).toBe('stream');
    expect(HttpResponse.stream(new ReadableStream()).body?.kind).toBe('stream');
  });
});

describe('fromReturnValue', () => {
  it('maps what a handler returned to an outcome', () => {
    expect((fromReturnValue(undefined) as HttpResponse).status).toBe(204);
    expect((fromReturnValue('hi') as HttpResponse).body).toEqual({ kind: 'text', text: 'hi' });
    expect((fromReturnValue({ a: 1 }) as HttpResponse).body).toEqual({ kind: 'json', value: { a: 1 } });
    expect((fromReturnValue(null) as HttpResponse).body).toEqual({ kind: 'json', value: null });
    expect((fromReturnValue(new Uint8Array([1])) as HttpResponse).body?.kind).toBe('bytes');
    const response = HttpResponse.noContent();
    expect(fromReturnValue(response)).toBe(response);
    const error = new Error('x');
    expect(fromReturnValue(error)).toBe(error);
    expect(isHttpResponse(fromReturnValue(0))).toBe(true);
  });
});

describe('fromReturnValue with a status', () => {
  it('gives plain values the framework status, and leaves responses alone', () => {
    expect((fromReturnValue({ a: 1 }, { status: 201 }) as HttpResponse).status).toBe(201);
    expect((fromReturnValue(undefined, { status: 200 }) as HttpResponse).status).toBe(200);
    expect((fromReturnValue(undefined, { status: 200 }) as HttpResponse).body).toBeNull();
    expect((fromReturnValue(HttpResponse.text('x', { status: 202 }), { status: 201 }) as HttpResponse).status).toBe(
      202,
    );
  });
});
