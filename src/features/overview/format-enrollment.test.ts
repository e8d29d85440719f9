import { describe, expect, it } from 'vitest';
import { formatEnrollment } from './format-enrollment';

describe('formatEnrollment', () => {
  it('counts participants, saying whether the count is estimated or actual when typed', () => {
    expect(formatEnrollment({ count: 320, type: null })).toBe('320 participants');
    expect(formatEnrollment({ count: 320, type: 'ESTIMATED' })).toBe(
      '320 participants (estimated)',
    );
    expect(formatEnrollment({ count: 20, type: 'ACTUAL' })).toBe('20 participants (actual)');
  });

  it('handles one participant and large counts', () => {
    expect(formatEnrollment({ count: 1, type: null })).toBe('1 participant');
    expect(formatEnrollment({ count: 12500, type: null })).toBe('12,500 participants');
  });
});
