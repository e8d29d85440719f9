import { describe, expect, it } from 'vitest';
import { measureWords } from './measure-param-words';

describe('measureWords', () => {
  it('joins the parameter label and the dispersion text', () => {
    expect(measureWords('MEAN', 'Standard Deviation')).toBe('Mean (Standard Deviation)');
    expect(measureWords('LEAST_SQUARES_MEAN', '95% Confidence Interval')).toBe(
      'Least Squares Mean (95% Confidence Interval)',
    );
    expect(measureWords('GEOMETRIC_LEAST_SQUARES_MEAN', null)).toBe('Geometric Least Squares Mean');
    expect(measureWords('COUNT_OF_PARTICIPANTS', '  ')).toBe('Count of Participants');
  });

  it('says the parameter is not given, or gives nothing, when the record gives no parameter', () => {
    expect(measureWords(null, 'Standard Error')).toBe('Statistic not given (Standard Error)');
    expect(measureWords(null, null)).toBeNull();
  });
});
