import { describe, expect, it } from 'vitest';
import { printSeedExamples, SEED_EXAMPLES } from './seed-examples.js';
import { STACKS } from './stacks.js';

describe('the seed examples the demo prints', () => {
  it('shows every seed example whole: status line, headers and body', async () => {
    const printed = await printSeedExamples(STACKS[0] as (typeof STACKS)[number]);
    expect(printed.match(/^```http$/gm)).toHaveLength(SEED_EXAMPLES.length);
    for (const expected of [
      'HTTP/1.1 401 Unauthorized',
      'www-authenticate: Bearer',
      '<person><name>John Doe</name><age>42</age></person>',
      'bytes of image/png>',
      'set-cookie: chocolate\nset-cookie: pecan',
      'Hello No Helper World',
      'HTTP/1.1 409 Conflict',
      '"code":"CONFLICT"',
      'HTTP/1.1 204 No Content',
    ]) {
      expect(printed).toContain(expected);
    }
  });
});
