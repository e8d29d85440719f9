import { describe, expect, it } from 'vitest';
import { drawableEstimate } from './analysis-estimate';

const odds = {
  paramType: 'Odds Ratio (OR)',
  paramValue: '15.231',
  ciLowerLimit: '7.336',
  ciUpperLimit: '31.623',
};

describe('drawableEstimate', () => {
  it('draws a ratio on the ratio scale with its published numbers', () => {
    expect(drawableEstimate(odds)).toEqual({
      drawable: true,
      scale: 'ratio',
      estimate: 15.231,
      lower: 7.336,
      upper: 31.623,
    });
  });
  it('draws a difference (and a ratio already on the log scale) on the difference scale', () => {
    const difference = { ...odds, paramType: 'Difference', paramValue: '-1.696' };
    expect(drawableEstimate(difference)).toMatchObject({ scale: 'difference', estimate: -1.696 });
    expect(drawableEstimate({ ...odds, paramType: 'Odds Ratio, Log' })).toMatchObject({
      scale: 'difference',
    });
  });
  it('accepts a number written with "=" but never a bound', () => {
    expect(drawableEstimate({ ...odds, paramValue: '=15.231' })).toMatchObject({
      estimate: 15.231,
    });
    expect(drawableEstimate({ ...odds, ciLowerLimit: '<0.1' })).toEqual({
      drawable: false,
      reason: 'the lower limit of the confidence interval "<0.1" is a bound, not a value',
    });
  });
  it('says why an estimate or interval that is not a number is left out', () => {
    expect(drawableEstimate({ ...odds, paramValue: 'NA' })).toEqual({
      drawable: false,
      reason: 'the estimate "NA" is not a number',
    });
    expect(drawableEstimate({ ...odds, ciUpperLimit: null })).toEqual({
      drawable: false,
      reason: 'no upper limit of the confidence interval is given',
    });
  });
  it('does not guess the scale of an estimate whose type does not say', () => {
    expect(drawableEstimate({ ...odds, paramType: 'Slope' })).toEqual({
      drawable: false,
      reason: '"Slope" says neither ratio nor difference, so its line of no effect is unknown',
    });
    expect(drawableEstimate({ ...odds, paramType: null })).toMatchObject({ drawable: false });
  });
  it('leaves out a ratio that a log axis cannot draw', () => {
    expect(drawableEstimate({ ...odds, ciLowerLimit: '0' })).toEqual({
      drawable: false,
      reason: 'a ratio of zero or below cannot be drawn on a log scale',
    });
  });
});
