import { describe, expect, it } from 'vitest';
import type { Denom } from './results-fields-schema';
import { cellDenoms } from './measurement-denoms';

const measure: Denom[] = [
  {
    units: 'Participants',
    counts: [
      { groupId: 'OG000', value: '40' },
      { groupId: 'OG001', value: '41' },
    ],
  },
  {
    units: 'Eyes',
    counts: [
      { groupId: 'OG000', value: '80' },
      { groupId: 'OG001', value: '82' },
    ],
  },
];

describe('cellDenoms', () => {
  it("overrides the measure's count per units, only where the class states one", () => {
    const classDenoms: Denom[] = [{ units: 'Eyes', counts: [{ groupId: 'OG001', value: '70' }] }];
    expect(cellDenoms(measure, classDenoms, 'OG001')).toEqual([
      { units: 'Participants', value: '41', level: 'measure' },
      { units: 'Eyes', value: '70', level: 'class' },
    ]);
    expect(cellDenoms(measure, classDenoms, 'OG000')).toEqual([
      { units: 'Participants', value: '40', level: 'measure' },
      { units: 'Eyes', value: '80', level: 'measure' },
    ]);
  });

  it('keeps units that only the class names, after the measure’s', () => {
    const classDenoms: Denom[] = [{ units: 'Lesions', counts: [{ groupId: 'OG000', value: '9' }] }];
    expect(cellDenoms(measure, classDenoms, 'OG000')).toEqual([
      { units: 'Participants', value: '40', level: 'measure' },
      { units: 'Eyes', value: '80', level: 'measure' },
      { units: 'Lesions', value: '9', level: 'class' },
    ]);
  });

  it('gives no number analyzed for a group that no level counts', () => {
    expect(cellDenoms(measure, [], 'OG002')).toEqual([]);
    expect(cellDenoms([], [], 'OG000')).toEqual([]);
  });
});
