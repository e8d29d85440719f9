import { describe, expect, it } from 'vitest';
import { formatDated, formatPartialDate } from './dates';

describe('formatPartialDate', () => {
  it('keeps a year alone', () => {
    expect(formatPartialDate('2014')).toBe('2014');
  });

  it('names the month of a year-month date', () => {
    expect(formatPartialDate('2014-07')).toBe('July 2014');
    expect(formatPartialDate('2015-01')).toBe('January 2015');
    expect(formatPartialDate('2015-12')).toBe('December 2015');
  });

  it('writes a full date the en-US way, without a leading zero on the day', () => {
    expect(formatPartialDate('2014-07-31')).toBe('July 31, 2014');
    expect(formatPartialDate('2015-04-01')).toBe('April 1, 2015');
  });

  it('does not shift the first or last day of a year (no time zone involved)', () => {
    expect(formatPartialDate('2015-01-01')).toBe('January 1, 2015');
    expect(formatPartialDate('2014-12-31')).toBe('December 31, 2014');
  });

  it('returns text that is not a partial date unchanged', () => {
    expect(formatPartialDate('2014-13')).toBe('2014-13');
    expect(formatPartialDate('2014-00-10')).toBe('2014-00-10');
    expect(formatPartialDate('2014-07-32')).toBe('2014-07-32');
    expect(formatPartialDate('July 2014')).toBe('July 2014');
    expect(formatPartialDate('')).toBe('');
  });
});

describe('formatDated', () => {
  it('appends (estimated) to estimated dates only', () => {
    expect(formatDated({ date: '2015-10', type: 'ESTIMATED' })).toBe('October 2015 (estimated)');
    expect(formatDated({ date: '2015-10-31', type: 'ACTUAL' })).toBe('October 31, 2015');
    expect(formatDated({ date: '2015', type: null })).toBe('2015');
  });
});
