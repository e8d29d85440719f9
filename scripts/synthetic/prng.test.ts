import { describe, expect, it } from 'vitest';
import { createRandom, seedFrom } from './prng';

function draws(seed: number, count: number): number[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => random.next());
}

describe('createRandom', () => {
  it('repeats its sequence for a seed and differs for another seed', () => {
    expect(draws(42, 20)).toEqual(draws(42, 20));
    expect(draws(42, 20)).not.toEqual(draws(43, 20));
  });

  it('stays in range', () => {
    const random = createRandom(7);
    for (let i = 0; i < 1000; i += 1) {
      const value = random.next();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      expect(random.int(5)).toBeLessThan(5);
    }
  });

  it('never picks an index with zero weight', () => {
    const random = createRandom(3);
    const seen = new Set(Array.from({ length: 500 }, () => random.weighted([0, 1, 0, 2])));
    expect([...seen].sort()).toEqual([1, 3]);
  });
});

describe('seedFrom', () => {
  it('gives different streams for different parts and seeds', () => {
    expect(seedFrom('sites', 1)).toBe(seedFrom('sites', 1));
    expect(seedFrom('sites', 1)).not.toBe(seedFrom('officials', 1));
    expect(seedFrom('sites', 1)).not.toBe(seedFrom('sites', 2));
  });
});
