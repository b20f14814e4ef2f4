import { describe, expect, it } from 'vitest';
import { median, seededShuffle, spread } from './stats.js';

describe('median and spread', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('gives the median with the extremes', () => {
    expect(spread([5, 1, 9])).toEqual({ median: 5, min: 1, max: 9 });
  });
});

describe('seededShuffle', () => {
  it('keeps every item and is reproducible from its seed', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f'];
    const shuffled = seededShuffle(items, 7);
    expect([...shuffled].sort()).toEqual(items);
    expect(seededShuffle(items, 7)).toEqual(shuffled);
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });
});
