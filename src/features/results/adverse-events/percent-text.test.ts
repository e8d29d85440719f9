import { describe, expect, it } from 'vitest';
import { percentText, pointsText } from './percent-text';

describe('percentText', () => {
  it('writes one decimal at most', () => {
    expect(percentText(15)).toBe('15%');
    expect(percentText((100 * 4) / 158)).toBe('2.5%');
    expect(percentText((100 * 1) / 159)).toBe('0.6%');
    expect(percentText(0)).toBe('0%');
    expect(percentText(100)).toBe('100%');
  });

  it('never rounds a few to none or nearly all to all', () => {
    expect(percentText((100 * 1) / 5000)).toBe('<0.1%');
    expect(percentText((100 * 4999) / 5000)).toBe('>99.9%');
    expect(percentText((100 * 1) / 1000)).toBe('0.1%');
  });
});

describe('pointsText', () => {
  it('writes a difference in percentage points', () => {
    expect(pointsText(15)).toBe('15 points');
    expect(pointsText(1)).toBe('1 point');
    expect(pointsText(100 / 158)).toBe('0.6 points');
    expect(pointsText(0)).toBe('0 points');
    expect(pointsText(0.01)).toBe('<0.1 points');
  });
});
