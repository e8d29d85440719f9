import { describe, expect, it } from 'vitest';
import { salvageParse } from '../salvage-parse';
import { baselineDenominator } from './baseline-denominator';
import { baselineSchema, type Baseline } from './baseline-schema';
import { ctgovBaselineSchema } from './ctgov-baseline-schema';
import { normalizeBaseline } from './normalize-baseline';
import {
  normalizeCleanly,
  sampleResultsModule,
  type SampleResultsRecord,
} from './sample-records.test-support';

function fixtureBaseline(raw: unknown): Baseline {
  return normalizeCleanly(ctgovBaselineSchema, normalizeBaseline, baselineSchema, raw);
}

function sampleBaseline(nctId: SampleResultsRecord): Baseline {
  return fixtureBaseline(sampleResultsModule(nctId, 'baselineCharacteristicsModule'));
}

describe('normalizeBaseline on NCT02552212', () => {
  const baseline = sampleBaseline('NCT02552212');

  it('keeps the groups, the Total column marked as the total, and the overall numbers analyzed', () => {
    expect(baseline.populationDescription).toMatch(/^Baseline Characteristics refer to the Rand/);
    expect(baseline.groups.map((group) => [group.id, group.title, group.isTotal])).toEqual([
      ['BG000', 'Placebo', false],
      ['BG001', 'CZP 200 mg Q2W', false],
      ['BG002', 'Total Title', true],
    ]);
    expect(baseline.denoms).toEqual([
      {
        units: 'Participants',
        counts: [
          { groupId: 'BG000', value: '158' },
          { groupId: 'BG001', value: '159' },
          { groupId: 'BG002', value: '317' },
        ],
      },
    ]);
  });

  it('keeps the measures in record order with their codes and published values', () => {
    expect(baseline.measures.map((measure) => [measure.id, measure.title])).toEqual([
      ['measure-1', 'Age, Categorical'],
      ['measure-2', 'Age, Continuous'],
      ['measure-3', 'Sex: Female, Male'],
      ['measure-4', 'Race/Ethnicity, Customized'],
    ]);
    const age = baseline.measures[1];
    expect(age).toMatchObject({
      paramType: 'MEAN',
      dispersionType: 'STANDARD_DEVIATION',
      unitOfMeasure: 'years',
      calculatePct: null,
      denoms: [],
    });
    expect(age?.classes[0]?.categories[0]?.measurements[0]).toEqual({
      groupId: 'BG000',
      value: '37.4',
      spread: '10.8',
      lowerLimit: null,
      upperLimit: null,
      comment: null,
    });
    const sex = baseline.measures[2];
    expect(sex?.paramType).toBe('COUNT_OF_PARTICIPANTS');
    expect(sex?.dispersionType).toBeNull();
    expect(
      sex?.classes[0]?.categories.map((category) => [
        category.title,
        category.measurements.map((cell) => cell.value),
      ]),
    ).toEqual([
      ['Female', ['82', '81', '163']],
      ['Male', ['76', '78', '154']],
    ]);
  });

  it('gives each cell the overall number analyzed when measure and class give none', () => {
    const [measure] = baseline.measures;
    const measureClass = measure?.classes[0];
    if (!measure || !measureClass) throw new Error('expected a measure with a class');
    expect(baselineDenominator(baseline, measure, measureClass, 'BG002')).toEqual({
      count: '317',
      units: 'Participants',
      level: 'overall',
    });
  });
});

describe('normalizeBaseline on NCT05594173', () => {
  const baseline = sampleBaseline('NCT05594173');

  it('has a single group and no Total column', () => {
    expect(baseline.groups).toEqual([
      {
        id: 'BG000',
        title: 'Healthy Participants',
        description: 'Healthy adults with no history of difficulties with chewing or swallowing.',
        isTotal: false,
      },
    ]);
  });

  it('keeps a median with its full range in the limits, and a class titled by country', () => {
    expect(baseline.measures[0]).toMatchObject({
      title: 'Age, Continuous',
      paramType: 'MEDIAN',
      dispersionType: 'FULL_RANGE',
    });
    expect(baseline.measures[0]?.classes[0]?.categories[0]?.measurements).toEqual([
      {
        groupId: 'BG000',
        value: '26',
        spread: null,
        lowerLimit: '22',
        upperLimit: '54',
        comment: null,
      },
    ]);
    const region = baseline.measures.at(-1);
    expect(region?.title).toBe('Region of Enrollment');
    expect(region?.paramType).toBe('NUMBER');
    expect(region?.classes.map((measureClass) => measureClass.title)).toEqual(['Canada']);
    expect(region?.classes[0]?.categories[0]).toEqual({
      title: null,
      measurements: [
        {
          groupId: 'BG000',
          value: '17',
          spread: null,
          lowerLimit: null,
          upperLimit: null,
          comment: null,
        },
      ],
    });
  });
});

function groups(...titles: string[]) {
  return titles.map((title, index) => ({ id: `BG00${index}`, title }));
}

describe('normalizeBaseline quirks', () => {
  it('marks as total only the last of two or more groups titled or described as the total', () => {
    const totals = (raw: unknown) => fixtureBaseline(raw).groups.map((group) => group.isTotal);
    expect(totals({ groups: groups('Placebo', 'Drug', 'Total') })).toEqual([false, false, true]);
    expect(totals({ groups: groups('Placebo', ' total ') })).toEqual([false, true]);
    expect(
      totals({
        groups: [
          { id: 'BG000', title: 'Arm A' },
          { id: 'BG001', title: 'All', description: 'Total of all reporting groups' },
        ],
      }),
    ).toEqual([false, true]);
    expect(totals({ groups: groups('Total', 'Placebo') })).toEqual([false, false]);
    expect(totals({ groups: groups('Placebo', 'Total knee replacement') })).toEqual([false, false]);
    expect(totals({ groups: groups('Total') })).toEqual([false]);
  });

  it('keeps "NA" with its comment, the percent flag, the selected units and unescaped text', () => {
    const baseline = fixtureBaseline({
      typeUnitsAnalyzed: 'Eyes',
      measures: [
        {
          title: 'Visual acuity \\>= 20/40',
          paramType: 'COUNT_OF_UNITS',
          unitOfMeasure: 'eyes',
          calculatePct: true,
          denomUnitsSelected: 'Eyes',
          classes: [
            {
              categories: [
                {
                  title: 'Yes',
                  measurements: [
                    { groupId: 'BG000', value: 'NA', comment: 'Not assessed \\(no visit\\)' },
                  ],
                },
              ],
            },
          ],
        },
      ],
    });
    expect(baseline.typeUnitsAnalyzed).toBe('Eyes');
    expect(baseline.measures[0]).toMatchObject({
      title: 'Visual acuity >= 20/40',
      paramType: 'COUNT_OF_UNITS',
      dispersionType: null,
      calculatePct: true,
      denomUnitsSelected: 'Eyes',
    });
    expect(baseline.measures[0]?.classes[0]?.categories[0]?.measurements[0]).toEqual({
      groupId: 'BG000',
      value: 'NA',
      spread: null,
      lowerLimit: null,
      upperLimit: null,
      comment: 'Not assessed (no visit)',
    });
  });

  it('reports an invalid code or value with its path and leaves it out, keeping the rest', () => {
    const parsed = salvageParse(ctgovBaselineSchema, {
      groups: groups('Placebo', 'Total'),
      measures: [
        { title: 'Age', paramType: 'AVERAGE', dispersionType: 'SD', calculatePct: 'yes' },
        {
          title: 'Weight',
          paramType: 'MEAN',
          classes: [{ categories: [{ measurements: [{ groupId: 'BG000', value: 71.5 }] }] }],
        },
      ],
    });
    if (!parsed.ok) throw new Error('expected the baseline to be kept');
    expect(parsed.problems.map((problem) => problem.path)).toEqual([
      'measures[0].paramType',
      'measures[0].dispersionType',
      'measures[0].calculatePct',
      'measures[1].classes[0].categories[0].measurements[0].value',
    ]);
    expect(parsed.problems[1]?.message).toMatch(
      /^expected one of NA, STANDARD_DEVIATION, .*; got "SD"$/,
    );
    const baseline = normalizeBaseline(parsed.data);
    expect(baselineSchema.parse(baseline)).toEqual(baseline);
    expect(baseline.measures[0]).toMatchObject({
      title: 'Age',
      paramType: null,
      dispersionType: null,
      calculatePct: null,
    });
    expect(baseline.measures[1]?.classes[0]?.categories[0]?.measurements[0]?.value).toBeNull();
    expect(baseline.groups.map((group) => group.isTotal)).toEqual([false, true]);
  });
});

const participants = (...values: [string, string][]) => ({
  units: 'Participants',
  counts: values.map(([groupId, value]) => ({ groupId, value })),
});

describe('baselineDenominator', () => {
  const baseline = fixtureBaseline({
    groups: groups('Placebo', 'Drug', 'Total'),
    denoms: [
      participants(['BG000', '100'], ['BG001', '101'], ['BG002', '201']),
      { units: 'Eyes', counts: [{ groupId: 'BG000', value: '200' }] },
    ],
    measures: [
      {
        title: 'Weight',
        denoms: [participants(['BG000', '90'], ['BG001', '95'])],
        classes: [
          { title: 'Week 0', denoms: [participants(['BG000', '40'])] },
          { title: 'Week 4' },
        ],
      },
      { title: 'Height', classes: [{}] },
      {
        title: 'Lesions',
        denomUnitsSelected: 'eyes',
        classes: [{ denoms: [{ units: 'Eyes', counts: [{ groupId: 'BG001', value: '7' }] }] }],
      },
    ],
  });
  const cell = (title: string, classIndex: number, groupId: string) => {
    const measure = baseline.measures.find((candidate) => candidate.title === title);
    const measureClass = measure?.classes[classIndex];
    if (!measure || !measureClass) throw new Error(`no class ${classIndex} in ${title}`);
    return baselineDenominator(baseline, measure, measureClass, groupId);
  };

  const inParticipants = (count: string, level: string) => ({
    count,
    units: 'Participants',
    level,
  });
  it.each([
    ['Weight', 0, 'BG000', inParticipants('40', 'class')],
    // The class gives no count for BG001: the measure's applies.
    ['Weight', 0, 'BG001', inParticipants('95', 'measure')],
    ['Weight', 1, 'BG000', inParticipants('90', 'measure')],
    ['Weight', 1, 'BG002', inParticipants('201', 'overall')],
    ['Height', 0, 'BG001', inParticipants('101', 'overall')],
    // The units the measure selects, at every level.
    ['Lesions', 0, 'BG001', { count: '7', units: 'Eyes', level: 'class' }],
    ['Lesions', 0, 'BG000', { count: '200', units: 'Eyes', level: 'overall' }],
    ['Lesions', 0, 'BG002', null],
  ] as const)('%s, class %i, group %s: %o', (title, classIndex, groupId, expected) => {
    expect(cell(title, classIndex, groupId)).toEqual(expected);
  });
});
