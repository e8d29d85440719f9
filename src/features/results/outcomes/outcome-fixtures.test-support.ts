import type { OutcomeMeasure } from '@/trial/results/outcome-measures-schema';
import type { Measurement, ResultGroup } from '@/trial/results/results-fields-schema';

/** Small outcome measures for tests: plain model data, every field given. */
export const TWO_GROUPS: ResultGroup[] = [
  { id: 'OG000', title: 'Placebo', description: 'Matching placebo.' },
  { id: 'OG001', title: 'Drug 10 mg', description: null },
];

export function measurement(groupId: string, fields: Partial<Measurement> = {}): Measurement {
  return {
    groupId,
    value: null,
    spread: null,
    lowerLimit: null,
    upperLimit: null,
    comment: null,
    ...fields,
  };
}

/** A POSTED primary outcome: Mean (Standard Deviation), one untitled row, two groups. */
export function makeOutcome(fields: Partial<OutcomeMeasure> = {}): OutcomeMeasure {
  return {
    id: 'outcome-1',
    type: 'PRIMARY',
    title: 'Change in pain score',
    description: null,
    populationDescription: null,
    reportingStatus: 'POSTED',
    anticipatedPostingDate: null,
    paramType: 'MEAN',
    dispersionType: 'Standard Deviation',
    unitOfMeasure: 'points',
    calculatePct: null,
    timeFrame: 'Week 12',
    typeUnitsAnalyzed: null,
    denomUnitsSelected: null,
    groups: TWO_GROUPS,
    denoms: [
      {
        units: 'Participants',
        counts: [
          { groupId: 'OG000', value: '40' },
          { groupId: 'OG001', value: '41' },
        ],
      },
    ],
    classes: [
      {
        title: null,
        denoms: [],
        categories: [
          {
            title: null,
            measurements: [
              measurement('OG000', { value: '2.1', spread: '1.2' }),
              measurement('OG001', { value: '5.3', spread: '1.9' }),
            ],
          },
        ],
      },
    ],
    analyses: [],
    ...fields,
  };
}

/** One untitled row of these measurements. */
export function oneRow(measurements: Measurement[]): OutcomeMeasure['classes'] {
  return [{ title: null, denoms: [], categories: [{ title: null, measurements }] }];
}
