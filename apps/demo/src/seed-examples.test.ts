import { describe, expect, it } from 'vitest';
import { printWire } from './print-wire.js';
import { runHandler } from './run-handler.js';
import { SEED_EXAMPLES } from './seed-examples.js';

function render(title: string): string {
  const example = SEED_EXAMPLES.find((candidate) => candidate.title === title);
  if (example === undefined) throw new Error(`no seed example "${title}"`);
  return printWire(runHandler(example.handler, { method: 'GET', headers: example.headers ?? {} }, example.options));
}

describe('the seed examples', () => {
  it('sends a 401 problem without Authorization and 200 with it', () => {
    expect(render('1. 401 when Authorization is missing')).toContain('HTTP/1.1 401 Unauthorized');
    expect(render('1. …and 200 when it is present')).toContain('{"ok":true}');
  });

  it('sends two set-cookie lines and machin', () => {
    const text = render('3. extra and repeated headers');
    expect(text).toContain('machin: Truc\nset-cookie: chocolate\nset-cookie: pecan');
  });

  it('sends an empty 204 for abort(204)', () => {
    expect(render('7. abort(204)')).toBe('HTTP/1.1 204 No Content\n\n(no body)');
  });

  it('maps the endpoints statuses', () => {
    const statuses = [418, 405, 408, 502, 302].map((status) => render(`6. endpoints policy: ${status}`).slice(9, 12));
    expect(statuses).toEqual(['404', '501', '503', '503', '404']);
  });

  it('shows the PNG as binary', () => {
    expect(render('2. PNG')).toMatch(/content-type: image\/png[\s\S]*\(70 binary bytes: 89504e47/);
  });
});
