import { describe, expect, it } from 'vitest';
import { dispersionKind, measureStatisticLabel } from './baseline-measure-labels';

describe('measureStatisticLabel', () => {
  it('says the parameter and its dispersion in words', () => {
    expect(measureStatisticLabel('MEAN', 'STANDARD_DEVIATION')).toBe('Mean (Standard Deviation)');
    expect(measureStatisticLabel('MEDIAN', 'FULL_RANGE')).toBe('Median (Full Range)');
    expect(measureStatisticLabel('GEOMETRIC_MEAN', 'GEOMETRIC_COEFFICIENT')).toBe(
      'Geometric Mean (Geometric Coefficient of Variation)',
    );
    expect(measureStatisticLabel('MEAN', 'CONFIDENCE_975')).toBe(
      'Mean (97.5% Confidence Interval)',
    );
  });

  it('leaves out a dispersion of "NA" or none, and says a missing parameter', () => {
    expect(measureStatisticLabel('COUNT_OF_PARTICIPANTS', null)).toBe('Count of Participants');
    expect(measureStatisticLabel('NUMBER', 'NA')).toBe('Number');
    expect(measureStatisticLabel(null, 'STANDARD_ERROR')).toBe(
      'Statistic not given (Standard Error)',
    );
    expect(measureStatisticLabel(null, 'NA')).toBeNull();
    expect(measureStatisticLabel(null, null)).toBeNull();
  });
});

describe('dispersionKind', () => {
  it('finds SD, SE and the geometric coefficient in spread, ranges and intervals in the limits', () => {
    expect(dispersionKind('STANDARD_DEVIATION')).toBe('spread');
    expect(dispersionKind('STANDARD_ERROR')).toBe('spread');
    expect(dispersionKind('GEOMETRIC_COEFFICIENT')).toBe('spread');
    expect(dispersionKind('FULL_RANGE')).toBe('limits');
    expect(dispersionKind('INTER_QUARTILE_RANGE')).toBe('limits');
    expect(dispersionKind('CONFIDENCE_OTHER')).toBe('limits');
    expect(dispersionKind('NA')).toBe('none');
    expect(dispersionKind(null)).toBe('none');
  });
});
