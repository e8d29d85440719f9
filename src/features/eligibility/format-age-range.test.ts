import { describe, expect, it } from 'vitest';
import { formatAgeRange } from './format-age-range';

describe('formatAgeRange', () => {
  it('joins both ends', () => {
    expect(formatAgeRange('30 Years', '60 Years')).toBe('30 Years to 60 Years');
  });

  it('says plainly which end is open', () => {
    expect(formatAgeRange('18 Years', null)).toBe('18 Years and older (no maximum age)');
    expect(formatAgeRange(null, '17 Years')).toBe('Up to 17 Years (no minimum age)');
    expect(formatAgeRange(null, null)).toBe('No minimum or maximum age given');
  });
});
