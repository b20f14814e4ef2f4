import { describe, expect, it } from 'vitest';
import { negotiateProblemType } from './negotiate.js';

describe('negotiateProblemType', () => {
  it.each([
    [undefined, 'application/problem+json'],
    [null, 'application/problem+json'],
    ['', 'application/problem+json'],
    ['*/*', 'application/problem+json'],
    ['application/problem+json', 'application/problem+json'],
    ['application/json', 'application/json'],
    ['application/json, application/problem+json', 'application/problem+json'],
    ['application/json;q=1, application/problem+json;q=0.9', 'application/json'],
    ['application/problem+json;q=0.5, application/json', 'application/json'],
    ['application/json;q=0.5, */*', 'application/problem+json'],
    ['application/*;q=0.4, application/json', 'application/json'],
    ['application/*, application/json;q=0.2', 'application/problem+json'],
    ['text/html', 'application/problem+json'],
    ['text/html, application/json;q=0.1', 'application/json'],
    ['application/json;q=0', 'application/problem+json'],
    ['APPLICATION/JSON', 'application/json'],
    ['application/json; charset=utf-8', 'application/json'],
    ['application/json;q=abc', 'application/problem+json'],
    [['text/html', 'application/json'], 'application/json'],
  ])('chooses for Accept %j: %s', (accept, expected) => {
    expect(negotiateProblemType(accept)).toBe(expected);
  });

  it('stays linear and decisive for absurd headers', () => {
    const huge = `${'text/html;q=0.1, '.repeat(700)}application/json`;
    expect(huge.length).toBeGreaterThan(10_000);
    expect(negotiateProblemType(huge)).toBe('application/json');
    expect(negotiateProblemType(';;;,,,;q=;,=/=*')).toBe('application/problem+json');
    expect(negotiateProblemType('constructor, __proto__')).toBe('application/problem+json');
  });

  it('gives the same answer for a cached header', () => {
    expect(negotiateProblemType('application/json;q=0.9')).toBe('application/json');
    expect(negotiateProblemType('application/json;q=0.9')).toBe('application/json');
  });
});
