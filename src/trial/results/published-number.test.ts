import { describe, expect, it } from 'vitest';
import { isRatioParam, parsePublishedNumber } from './published-number';

describe('parsePublishedNumber', () => {
  it('reads a plain number as written', () => {
    expect(parsePublishedNumber('12.3')).toEqual({ value: 12.3, relation: null });
    expect(parsePublishedNumber('-0.5')).toEqual({ value: -0.5, relation: null });
    expect(parsePublishedNumber('-2.110')).toEqual({ value: -2.11, relation: null });
    expect(parsePublishedNumber('158')).toEqual({ value: 158, relation: null });
    expect(parsePublishedNumber('.5')).toEqual({ value: 0.5, relation: null });
    expect(parsePublishedNumber(' 7.0 ')).toEqual({ value: 7, relation: null });
  });

  it('reads scientific notation', () => {
    expect(parsePublishedNumber('1e-3')).toEqual({ value: 0.001, relation: null });
    expect(parsePublishedNumber('<2.2E-16')).toEqual({ value: 2.2e-16, relation: '<' });
  });

  it('keeps the comparison written before the number', () => {
    expect(parsePublishedNumber('<0.001')).toEqual({ value: 0.001, relation: '<' });
    expect(parsePublishedNumber('<0.0001')).toEqual({ value: 0.0001, relation: '<' });
    expect(parsePublishedNumber('=0.247')).toEqual({ value: 0.247, relation: '=' });
    expect(parsePublishedNumber('>= 5')).toEqual({ value: 5, relation: '>=' });
    expect(parsePublishedNumber('<=0.05')).toEqual({ value: 0.05, relation: '<=' });
    expect(parsePublishedNumber('≤0.05')).toEqual({ value: 0.05, relation: '<=' });
    expect(parsePublishedNumber('>99')).toEqual({ value: 99, relation: '>' });
  });

  it('gives no number, with the reason, for a value that is not available or missing', () => {
    expect(parsePublishedNumber('NA')).toEqual({ value: null, reason: 'not available ("NA")' });
    expect(parsePublishedNumber('n/a')).toEqual({ value: null, reason: 'not available ("n/a")' });
    expect(parsePublishedNumber('')).toEqual({ value: null, reason: 'no value given' });
    expect(parsePublishedNumber('  ')).toEqual({ value: null, reason: 'no value given' });
    expect(parsePublishedNumber(null)).toEqual({ value: null, reason: 'no value given' });
    expect(parsePublishedNumber(undefined)).toEqual({ value: null, reason: 'no value given' });
  });

  it('never guesses a number out of text that is more than one number', () => {
    for (const text of [
      'not estimable',
      '12.3 (5.1)',
      '1,234',
      '12.3%',
      '5-10',
      '0.05 0.06',
      '<',
      '--5',
      '1e',
      '0x1F',
      'Infinity',
    ])
      expect(parsePublishedNumber(text), text).toEqual({
        value: null,
        reason: `not a number ("${text}")`,
      });
  });

  it('gives no number for one too large to represent, rather than Infinity', () => {
    expect(parsePublishedNumber('1e999')).toEqual({
      value: null,
      reason: 'out of range ("1e999")',
    });
  });
});

describe('isRatioParam', () => {
  it('reads the estimate types of NCT02552212', () => {
    expect(isRatioParam('Odds Ratio (OR)')).toBe(true);
    expect(isRatioParam('Difference')).toBe(false);
  });

  it('knows ratios, whose line of no effect is at 1 on a log scale', () => {
    for (const text of [
      'Hazard Ratio (HR)',
      'Risk Ratio (RR)',
      'Rate Ratio',
      'Incidence rate ratio',
      'Ratio of geometric means',
      'Geometric Mean Ratio',
      'Relative risk',
    ])
      expect(isRatioParam(text), text).toBe(true);
  });

  it('knows additive estimates, whose line of no effect is at 0, log ratios among them', () => {
    for (const text of [
      'Mean Difference (Final Values)',
      'Mean Difference (Net)',
      'Median Difference (Net)',
      'Risk Difference (RD)',
      'LS mean difference',
      'Odds Ratio, Log',
      'Hazard Ratio, Log',
      'Risk Ratio (RR), Log',
      'log hazard ratio',
    ])
      expect(isRatioParam(text), text).toBe(false);
  });

  it('says nothing when the text does not tell', () => {
    for (const text of [
      'Slope',
      'Other',
      'Cox Proportional Hazard',
      'Mean',
      '',
      'Difference in odds ratios',
      'Ratiometric index',
    ])
      expect(isRatioParam(text), text).toBeNull();
  });
});
