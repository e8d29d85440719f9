import { describe, expect, it } from 'vitest';
import { anotherRunFits } from './run-budget';

describe('anotherRunFits', () => {
  it('always allows the first run', () => {
    expect(anotherRunFits(0, 0, 0)).toBe(true);
  });

  it('allows another run when the mean run time still fits the budget', () => {
    expect(anotherRunFits(20_000, 2, 30_000)).toBe(true);
    expect(anotherRunFits(20_000, 2, 29_999)).toBe(false);
    expect(anotherRunFits(70_000, 1, 90_000)).toBe(false);
  });
});
