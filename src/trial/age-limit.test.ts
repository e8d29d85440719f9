import { describe, expect, it } from 'vitest';
import { ageLimitText, limitInYears, readAgeLimit } from './age-limit';

describe('readAgeLimit', () => {
  it('reads every unit ClinicalTrials.gov writes, singular or plural, in years', () => {
    const years = (text: string) => {
      const limit = readAgeLimit(text);
      return limit === null ? null : limitInYears(limit);
    };
    expect(years('30 Years')).toBe(30);
    expect(years('1 Year')).toBe(1);
    expect(years('6 Months')).toBe(0.5);
    expect(years('18 months')).toBe(1.5);
    expect(years('52 Weeks')).toBeCloseTo(364 / 365.25, 6);
    expect(years('28 Days')).toBeCloseTo(0.0767, 4);
    expect(years('24 Hours')).toBeCloseTo(1 / 365.25, 6);
    expect(years('60 Minutes')).toBeCloseTo(1 / 8766, 8);
  });

  it('reads nothing from text that is not an amount and a unit', () => {
    for (const text of ['', 'N/A', '30', 'Years', 'thirty years', '30 Decades', '-3 Years'])
      expect(readAgeLimit(text)).toBeNull();
  });

  it('words a limit plainly', () => {
    expect(ageLimitText({ amount: 30, unit: 'year' })).toBe('30 years');
    expect(ageLimitText({ amount: 1, unit: 'month' })).toBe('1 month');
  });
});
