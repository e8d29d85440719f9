import { describe, expect, it } from 'vitest';
import { partialDateParts, PARTIAL_DATE_PATTERN } from './partial-date';

describe('partialDateParts', () => {
  it('reads a year, a year-month and a full date', () => {
    expect(partialDateParts('2014')).toEqual({ year: 2014, month: null, day: null });
    expect(partialDateParts('2014-07')).toEqual({ year: 2014, month: 7, day: null });
    expect(partialDateParts('2014-07-31')).toEqual({ year: 2014, month: 7, day: 31 });
  });

  it('refuses months and days out of range and other forms', () => {
    for (const text of [
      '2014-13',
      '2014-00',
      '2014-07-00',
      '2014-07-32',
      '2014-7',
      '2014-07-1',
      '14',
      'July 2014',
      '2014-07-31T00:00',
      '',
    ]) {
      expect(partialDateParts(text), text).toBeNull();
      expect(PARTIAL_DATE_PATTERN.test(text), text).toBe(false);
    }
  });
});
