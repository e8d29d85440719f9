import { describe, expect, it } from 'vitest';
import type { BaselineMeasure } from './baseline-schema';
import { baselineCountPercent, countPercentText } from './baseline-count-percent';
import type { Denom } from './results-fields-schema';

describe('countPercentText', () => {
  it('is the published count over the published number analyzed, one decimal', () => {
    expect(countPercentText('82', '158')).toBe('51.9%');
    expect(countPercentText('0', '17')).toBe('0.0%');
    expect(countPercentText('17', '17')).toBe('100.0%');
    expect(countPercentText(' 1 ', '8')).toBe('12.5%');
  });

  it('is none unless both are whole numbers and the count fits the number analyzed', () => {
    expect(countPercentText('NA', '158')).toBeNull();
    expect(countPercentText('3.5', '10')).toBeNull();
    expect(countPercentText('<5', '10')).toBeNull();
    expect(countPercentText('5', '0')).toBeNull();
    expect(countPercentText('12', '10')).toBeNull();
    expect(countPercentText('-1', '10')).toBeNull();
  });
});

const overall: Denom[] = [{ units: 'Participants', counts: [{ groupId: 'BG000', value: '200' }] }];
const counts: Pick<
  BaselineMeasure,
  'paramType' | 'calculatePct' | 'denoms' | 'denomUnitsSelected'
> = {
  paramType: 'COUNT_OF_PARTICIPANTS',
  calculatePct: null,
  denoms: [],
  denomUnitsSelected: null,
};

describe('baselineCountPercent', () => {
  it("uses the class's number analyzed over the measure's and the overall one", () => {
    const classDenoms: Denom[] = [
      { units: 'Participants', counts: [{ groupId: 'BG000', value: '40' }] },
    ];
    expect(baselineCountPercent({ denoms: overall }, counts, { denoms: [] }, 'BG000', '10')).toBe(
      '5.0%',
    );
    expect(
      baselineCountPercent({ denoms: overall }, counts, { denoms: classDenoms }, 'BG000', '10'),
    ).toBe('25.0%');
  });

  it('gives none for other parameters, calculatePct false, units that are not participants, no count', () => {
    const base = { denoms: overall };
    const none = { denoms: [] };
    expect(
      baselineCountPercent(base, { ...counts, paramType: 'NUMBER' }, none, 'BG000', '10'),
    ).toBeNull();
    expect(
      baselineCountPercent(base, { ...counts, calculatePct: false }, none, 'BG000', '10'),
    ).toBeNull();
    expect(baselineCountPercent(base, counts, none, 'BG001', '10')).toBeNull();
    expect(baselineCountPercent(base, counts, none, 'BG000', null)).toBeNull();
    const eyes: Denom[] = [{ units: 'Eyes', counts: [{ groupId: 'BG000', value: '80' }] }];
    expect(baselineCountPercent({ denoms: eyes }, counts, none, 'BG000', '10')).toBeNull();
  });
});
