import { describe, expect, it } from 'vitest';
import { cellDenoms } from './measurement-denoms';
import type { OutcomeMeasure } from './outcome-measures-schema';
import { readOutcomeMeasures } from './outcome-measures.test-support';

const MEASURE_PARAMS =
  'GEOMETRIC_MEAN, GEOMETRIC_LEAST_SQUARES_MEAN, LEAST_SQUARES_MEAN, LOG_MEAN, MEAN, MEDIAN, NUMBER, COUNT_OF_PARTICIPANTS, COUNT_OF_UNITS';

const GROUPS = [
  { id: 'OG000', title: 'Placebo-\\>OL CZP', description: 'Placebo, then open-label CZP.' },
  { id: 'OG001', title: 'CZP 200 mg' },
];

/** A fixture module of one outcome measure, read with no problems. */
function oneOutcome(measure: Record<string, unknown>): OutcomeMeasure {
  const { measures, problems } = readOutcomeMeasures({ outcomeMeasures: [measure] });
  expect(problems).toEqual([]);
  const [only] = measures.outcomeMeasures;
  if (!only) throw new Error('no outcome measure');
  return only;
}

describe('outcome measure quirks', () => {
  it('keeps a NOT_POSTED outcome with the partial date its results are expected', () => {
    expect(
      oneOutcome({
        type: 'OTHER_PRE_SPECIFIED',
        title: 'Overall Survival',
        reportingStatus: 'NOT_POSTED',
        anticipatedPostingDate: '2027-06',
        timeFrame: 'Up to 5 years',
      }),
    ).toEqual({
      id: 'outcome-1',
      type: 'OTHER_PRE_SPECIFIED',
      title: 'Overall Survival',
      description: null,
      populationDescription: null,
      reportingStatus: 'NOT_POSTED',
      anticipatedPostingDate: '2027-06',
      paramType: null,
      dispersionType: null,
      unitOfMeasure: null,
      calculatePct: null,
      timeFrame: 'Up to 5 years',
      typeUnitsAnalyzed: null,
      denomUnitsSelected: null,
      groups: [],
      denoms: [],
      classes: [],
      analyses: [],
    });
  });

  it('keeps a POSTED outcome without paramType or classes, its groups and denoms intact', () => {
    const measure = oneOutcome({
      type: 'POST_HOC',
      title: 'Plasma concentration',
      reportingStatus: 'POSTED',
      groups: GROUPS,
      denoms: [{ units: 'Participants', counts: [{ groupId: 'OG000', value: '0' }] }],
    });
    expect(measure).toMatchObject({ type: 'POST_HOC', paramType: null, classes: [] });
    expect(measure.groups).toEqual([
      { id: 'OG000', title: 'Placebo->OL CZP', description: 'Placebo, then open-label CZP.' },
      { id: 'OG001', title: 'CZP 200 mg', description: null },
    ]);
    expect(measure.denoms).toEqual([
      { units: 'Participants', counts: [{ groupId: 'OG000', value: '0' }] },
    ]);
  });

  it('keeps NA with its comment, and a measurement that lacks a value as null', () => {
    const measure = oneOutcome({
      paramType: 'MEDIAN',
      dispersionType: 'Inter-Quartile Range',
      groups: GROUPS,
      classes: [
        {
          categories: [
            {
              measurements: [
                { groupId: 'OG000', value: 'NA', comment: 'Median not reached.' },
                { groupId: 'OG001', lowerLimit: '3.1', upperLimit: '9.4', comment: 'Not kept.' },
              ],
            },
          ],
        },
      ],
    });
    expect(measure.dispersionType).toBe('Inter-Quartile Range');
    expect(measure.classes[0]?.categories[0]?.measurements).toEqual([
      {
        groupId: 'OG000',
        value: 'NA',
        spread: null,
        lowerLimit: null,
        upperLimit: null,
        comment: 'Median not reached.',
      },
      {
        groupId: 'OG001',
        value: null,
        spread: null,
        lowerLimit: '3.1',
        upperLimit: '9.4',
        comment: 'Not kept.',
      },
    ]);
  });

  it("gives each cell its class's numbers analyzed where the class states them, else the measure's", () => {
    const measure = oneOutcome({
      paramType: 'COUNT_OF_PARTICIPANTS',
      calculatePct: true,
      denomUnitsSelected: 'Participants',
      groups: GROUPS,
      denoms: [
        {
          units: 'Participants',
          counts: [
            { groupId: 'OG000', value: '100' },
            { groupId: 'OG001', value: '98' },
          ],
        },
      ],
      classes: [
        {
          title: 'Women',
          denoms: [{ units: 'Participants', counts: [{ groupId: 'OG000', value: '52' }] }],
          categories: [{ title: 'Responders', measurements: [{ groupId: 'OG000', value: '20' }] }],
        },
        { title: 'Men', categories: [{ measurements: [{ groupId: 'OG000', value: '12' }] }] },
      ],
    });
    const [women, men] = measure.classes;
    expect(women?.title).toBe('Women');
    expect(women?.categories[0]?.title).toBe('Responders');
    expect(measure.calculatePct).toBe(true);
    expect(cellDenoms(measure.denoms, women?.denoms ?? [], 'OG000')).toEqual([
      { units: 'Participants', value: '52', level: 'class' },
    ]);
    // The class does not count OG001: the measure's number analyzed applies.
    expect(cellDenoms(measure.denoms, women?.denoms ?? [], 'OG001')).toEqual([
      { units: 'Participants', value: '98', level: 'measure' },
    ]);
    expect(men?.denoms).toEqual([]);
    expect(cellDenoms(measure.denoms, men?.denoms ?? [], 'OG000')).toEqual([
      { units: 'Participants', value: '100', level: 'measure' },
    ]);
  });

  it('keeps every field of a statistical analysis, comments and non-inferiority included', () => {
    const analysis = {
      groupIds: ['OG000', 'OG001'],
      groupDescription: 'CZP vs placebo',
      testedNonInferiority: true,
      nonInferiorityType: 'NON_INFERIORITY',
      nonInferiorityComment: 'Margin 10\\%.',
      pValue: '=0.031',
      pValueComment: 'One-sided.',
      statisticalMethod: 'Cochran-Mantel-Haenszel',
      statisticalComment: 'Stratified by region.',
      paramType: 'Risk Difference (RD)',
      paramValue: '4.2',
      dispersionType: 'STANDARD_ERROR_OF_MEAN',
      dispersionValue: '1.9',
      ciPctValue: '97.5',
      ciNumSides: 'ONE_SIDED',
      ciLowerLimit: '-0.9',
      ciUpperLimit: 'NA',
      ciLowerLimitComment: 'Lower bound only.',
      ciUpperLimitComment: 'One-sided interval.',
      estimateComment: 'CZP minus placebo.',
      otherAnalysisDescription: 'Sensitivity analysis.',
    };
    expect(oneOutcome({ groups: GROUPS, analyses: [analysis] }).analyses).toEqual([
      { id: 'outcome-1-analysis-1', ...analysis, nonInferiorityComment: 'Margin 10%.' },
    ]);
  });
});

describe('salvaging an invalid outcome measures module', () => {
  it('reports each invalid value with its JSON path, leaves it out and keeps the rest', () => {
    const { measures, problems } = readOutcomeMeasures({
      outcomeMeasures: [
        { type: 'TERTIARY', title: 'First', reportingStatus: 'POSTED', paramType: 'AVERAGE' },
        'not an outcome',
        {
          title: 'Third',
          anticipatedPostingDate: '2027-13',
          classes: [
            {
              categories: [
                {
                  measurements: [
                    { groupId: 'XG000', value: '1' },
                    { groupId: 'OG001', value: '2' },
                  ],
                },
              ],
            },
          ],
          analyses: [{ pValue: '<0.05', ciNumSides: 'THREE_SIDED' }],
        },
      ],
    });
    expect(problems).toEqual([
      {
        path: 'outcomeMeasures[0].type',
        message:
          'expected one of PRIMARY, SECONDARY, OTHER_PRE_SPECIFIED, POST_HOC; got "TERTIARY"',
      },
      {
        path: 'outcomeMeasures[0].paramType',
        message: `expected one of ${MEASURE_PARAMS}; got "AVERAGE"`,
      },
      { path: 'outcomeMeasures[1]', message: 'expected an object, got "not an outcome"' },
      {
        path: 'outcomeMeasures[2].anticipatedPostingDate',
        message: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "2027-13"',
      },
      {
        path: 'outcomeMeasures[2].classes[0].categories[0].measurements[0].groupId',
        message: 'expected a group id like OG000, got "XG000"',
      },
      {
        path: 'outcomeMeasures[2].analyses[0].ciNumSides',
        message: 'expected one of ONE_SIDED, TWO_SIDED; got "THREE_SIDED"',
      },
    ]);
    const [first, third] = measures.outcomeMeasures;
    expect(first).toMatchObject({ id: 'outcome-1', title: 'First', type: null, paramType: null });
    expect(first?.reportingStatus).toBe('POSTED');
    // The dropped second outcome keeps its place: the third is still outcome-3.
    expect(third).toMatchObject({ id: 'outcome-3', title: 'Third', anticipatedPostingDate: null });
    expect(third?.classes[0]?.categories[0]?.measurements).toEqual([
      expect.objectContaining({ groupId: 'OG001', value: '2' }),
    ]);
    expect(third?.analyses).toEqual([
      expect.objectContaining({ pValue: '<0.05', ciNumSides: null }),
    ]);
  });
});
