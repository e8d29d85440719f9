import { describe, expect, it } from 'vitest';
import { outcomeDispersion } from './outcome-dispersion';

describe('outcomeDispersion', () => {
  it('draws SD and SE from the spread, as ± whiskers', () => {
    expect(outcomeDispersion('Standard Deviation')).toEqual({
      text: 'Standard Deviation',
      drawnFrom: 'spread',
      short: 'SD',
      whiskers: '± standard deviation',
    });
    expect(outcomeDispersion(' Standard Error ')).toMatchObject({
      text: 'Standard Error',
      drawnFrom: 'spread',
      short: 'SE',
      whiskers: '± standard error',
    });
  });

  it('draws intervals and ranges from the limits, saying their level', () => {
    expect(outcomeDispersion('95% Confidence Interval')).toMatchObject({
      drawnFrom: 'limits',
      short: '95% CI',
      whiskers: '95% confidence interval',
    });
    expect(outcomeDispersion('97.5% Confidence Interval')?.whiskers).toBe(
      '97.5% confidence interval',
    );
    expect(outcomeDispersion('Confidence Interval')?.short).toBe('CI');
    expect(outcomeDispersion('Inter-Quartile Range')).toMatchObject({
      drawnFrom: 'limits',
      short: 'IQR',
      whiskers: 'inter-quartile range',
    });
    expect(outcomeDispersion('Full Range')).toMatchObject({
      drawnFrom: 'limits',
      short: 'range',
      whiskers: 'full range',
    });
  });

  it('does not draw a dispersion it cannot (a coefficient of variation, unknown text)', () => {
    expect(outcomeDispersion('Geometric Coefficient of Variation')).toEqual({
      text: 'Geometric Coefficient of Variation',
      drawnFrom: null,
      short: 'Geometric Coefficient of Variation',
      whiskers: null,
    });
    expect(outcomeDispersion(null)).toBeNull();
    expect(outcomeDispersion('  ')).toBeNull();
  });
});
