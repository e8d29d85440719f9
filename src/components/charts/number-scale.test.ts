import { describe, expect, it } from 'vitest';
import { linearScale, logScale } from './number-scale';

describe('linearScale', () => {
  it('spans the values and the reference value, with nice ticks', () => {
    const scale = linearScale([2.5, 7.2], [0, 100], 0);
    expect(scale?.ticks).toEqual([0, 2, 4, 6, 8]);
    expect(scale?.at(0)).toBe(0);
    expect(scale?.at(8)).toBe(100);
  });
  it('draws a single value inside the axis, not on a zero-width domain', () => {
    const scale = linearScale([5], [0, 100]);
    expect(scale?.at(5)).toBe(50);
  });
  it('is null when no value is a finite number', () => {
    expect(linearScale([Number.NaN], [0, 100])).toBeNull();
  });
});

describe('logScale', () => {
  it('puts 1 on the axis for ratios and labels ticks plainly', () => {
    const scale = logScale([0.4, 2.5], [0, 100], 1);
    expect(scale?.kind).toBe('log');
    expect(scale?.ticks.map((tick) => scale.tickLabel(tick))).toContain('1');
    expect(scale?.at(1)).toBeGreaterThan(0);
    expect(scale?.at(1)).toBeLessThan(100);
  });
  it('refuses a value that a log axis cannot draw', () => {
    expect(logScale([0, 2], [0, 100], 1)).toBeNull();
    expect(logScale([-0.5, 2], [0, 100], 1)).toBeNull();
  });
});
