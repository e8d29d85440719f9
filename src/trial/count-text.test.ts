import { describe, expect, it } from 'vitest';
import { formatCount, plural, pluralWord } from './count-text';

describe('formatCount', () => {
  it('groups thousands with commas', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(2000)).toBe('2,000');
    expect(formatCount(10000)).toBe('10,000');
    expect(formatCount(1234567)).toBe('1,234,567');
  });
});

describe('plural', () => {
  it('uses the singular for exactly one, the plural for zero and more', () => {
    expect(plural(1, 'site')).toBe('1 site');
    expect(plural(0, 'site')).toBe('0 sites');
    expect(plural(2000, 'site')).toBe('2,000 sites');
  });

  it('takes an irregular plural', () => {
    expect(plural(1, 'study', 'studies')).toBe('1 study');
    expect(plural(3, 'study', 'studies')).toBe('3 studies');
    expect(pluralWord(2, 'site is', 'sites are')).toBe('sites are');
    expect(pluralWord(1, 'site is', 'sites are')).toBe('site is');
  });
});
