import { describe, expect, it } from 'vitest';
import { compareValues, rankIn } from './compare-values';

describe('compareValues', () => {
  it('orders text case- and accent-insensitively, digits before letters, numbers inside text numerically', () => {
    const names = [
      'the First hospital',
      'Tongji Hospital',
      'The 323 Hospital',
      'The 302 Hospital',
      'Émile',
    ];
    expect([...names].sort(compareValues)).toEqual([
      'Émile',
      'The 302 Hospital',
      'The 323 Hospital',
      'the First hospital',
      'Tongji Hospital',
    ]);
    expect(compareValues('site 9', 'site 10')).toBeLessThan(0);
  });

  it('orders numbers numerically', () => {
    expect([10, 9, 100].sort(compareValues)).toEqual([9, 10, 100]);
  });
});

describe('rankIn', () => {
  const order = ['STUDY_CHAIR', 'STUDY_DIRECTOR', 'PRINCIPAL_INVESTIGATOR'];
  it('ranks by position, unknown after known, missing as undefined', () => {
    expect(rankIn(order, 'STUDY_DIRECTOR')).toBe(1);
    expect(rankIn(order, 'OTHER')).toBe(3);
    expect(rankIn(order, null)).toBeUndefined();
  });
});
