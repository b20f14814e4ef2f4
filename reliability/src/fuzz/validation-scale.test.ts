import { comparable, differences, mergeDeclared, rawRequest, snapshot, type WireSnapshot } from '@httpwire/conformance';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzStacksForSuite } from '../support/suite-stacks.js';

/** Nested `n` levels deep under `key`, with `leaf` at the bottom. */
function nested(key: string, depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let level = 0; level < depth; level++) value = { [key]: value };
  return value;
}

/** Widgets as an attacker makes them: long arrays of wrong items, deep objects, many unknown keys, long strings. */
const hostileWidget = fc
  .record({
    tagCount: fc.oneof(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1_000, max: 20_000 })),
    tagItem: fc.constantFrom<unknown>(1, 'x', null, [], {}),
    // Below class-transformer's own recursion limit (Nest's pipe answers deeper bodies with one error at #).
    depth: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1_500 })),
    extraKeys: fc.oneof(fc.constant(0), fc.integer({ min: 100, max: 4_000 })),
    nameLength: fc.oneof(fc.integer({ min: 0, max: 45 }), fc.integer({ min: 10_000, max: 60_000 })),
    price: fc.constantFrom<unknown>(1, 0, -1, 'x', null),
  })
  .map(({ tagCount, tagItem, depth, extraKeys, nameLength, price }) => {
    const widget: Record<string, unknown> = {
      name: 'n'.repeat(nameLength),
      price,
      tags: Array.from({ length: tagCount }, () => tagItem),
    };
    if (depth > 0) widget.dimensions = nested('width', depth, 1);
    for (let index = 0; index < extraKeys; index++) widget[`k${index}`] = index;
    return JSON.stringify(widget);
  });

describe('validation with generated large and deep bodies', () => {
  const stacks = fuzzStacksForSuite();

  it('sends the same bytes on every stack, and every stack still answers after', async () => {
    await fc.assert(
      fc.asyncProperty(hostileWidget, async (body) => {
        const responses = [];
        for (const stack of stacks) {
          responses.push(
            await rawRequest(stack.port, {
              method: 'POST',
              path: '/widgets',
              headers: { 'Content-Type': 'application/json' },
              body,
            }),
          );
        }
        const [first, ...others] = responses;
        expect([413, 422]).toContain(first?.status);
        const found = others.flatMap((other, index) => {
          const declared = mergeDeclared(stacks[0]?.declared, stacks[index + 1]?.declared);
          const [a, b] = [first, other].map((response) => comparable(snapshot(response as never), declared));
          return differences(a as WireSnapshot, b as WireSnapshot).map((text) => `${stacks[index + 1]?.name}: ${text}`);
        });
        expect(
          found.map((line) => line.slice(0, 300)),
          `${body.length} bytes: ${body.slice(0, 200)}`,
        ).toEqual([]);
      }),
      { numRuns: 40 },
    );
    for (const stack of stacks) {
      expect((await rawRequest(stack.port, { method: 'GET', path: '/entities/1' })).status).toBe(200);
    }
  }, 300_000);
});
