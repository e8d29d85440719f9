import { describe, expect, it } from 'vitest';
import type { ResultGroup } from '@/trial/results/results-fields-schema';
import { outcomeChartPlan, type OutcomeChartPlan } from './outcome-chart-plan';
import { makeOutcome, measurement, oneRow } from './outcome-fixtures.test-support';

type Drawn = Extract<OutcomeChartPlan, { kind: 'chart' }>;

function drawn(plan: OutcomeChartPlan): Drawn {
  if (plan.kind !== 'chart') throw new Error(`expected a chart, got ${JSON.stringify(plan)}`);
  return plan;
}

const marks = (plan: Drawn) =>
  plan.blocks.flatMap((block) =>
    block.marks.map(({ groupTitle, value, low, high, valueText }) => ({
      groupTitle,
      value,
      low,
      high,
      valueText,
    })),
  );

describe('outcomeChartPlan', () => {
  it('draws a mean ± SD as dots with whiskers from the spread, and says so', () => {
    const plan = drawn(outcomeChartPlan(makeOutcome()));
    expect(plan.shape).toBe('dots');
    expect(plan.title).toBe('Change in pain score: Mean (Standard Deviation) by group');
    expect(marks(plan)).toEqual([
      {
        groupTitle: 'Placebo',
        value: 2.1,
        low: 2.1 - 1.2,
        high: 2.1 + 1.2,
        valueText: '2.1 (SD 1.2)',
      },
      {
        groupTitle: 'Drug 10 mg',
        value: 5.3,
        low: 5.3 - 1.9,
        high: 5.3 + 1.9,
        valueText: '5.3 (SD 1.9)',
      },
    ]);
    expect(plan.summary).toBe('Placebo: 2.1 (SD 1.2); Drug 10 mg: 5.3 (SD 1.9).');
    expect(plan.whiskerNote).toBe('Whiskers: ± standard deviation.');
    expect(plan.axisLabel).toBe('points');
  });

  it('draws a confidence interval from the published limits, not from a spread', () => {
    const plan = drawn(
      outcomeChartPlan(
        makeOutcome({
          paramType: 'GEOMETRIC_MEAN',
          dispersionType: '95% Confidence Interval',
          classes: oneRow([
            measurement('OG000', {
              value: '50.5',
              spread: '9',
              lowerLimit: '48.0',
              upperLimit: '53.0',
            }),
            measurement('OG001', { value: '36.4', lowerLimit: '33.0', upperLimit: '40.1' }),
          ]),
        }),
      ),
    );
    expect(marks(plan).map(({ low, high }) => [low, high])).toEqual([
      [48, 53],
      [33, 40.1],
    ]);
    expect(plan.summary).toBe(
      'Placebo: 50.5 (95% CI 48.0 to 53.0); Drug 10 mg: 36.4 (95% CI 33.0 to 40.1).',
    );
    expect(plan.whiskerNote).toBe('Whiskers: 95% confidence interval.');
  });

  it('leaves out a value that is not a number, and one that is only a bound, saying which and why', () => {
    const groups: ResultGroup[] = ['A', 'B', 'C', 'D'].map((title, index) => ({
      id: `OG00${index}`,
      title,
      description: null,
    }));
    const plan = drawn(
      outcomeChartPlan(
        makeOutcome({
          groups,
          classes: oneRow([
            measurement('OG000', { value: '4.0', spread: '1.0' }),
            measurement('OG001', { value: 'NA', spread: 'NA', comment: 'Too few samples.' }),
            measurement('OG002', { value: '<0.001' }),
            measurement('OG003', { value: '6.5', spread: 'NA' }),
          ]),
        }),
      ),
    );
    expect(marks(plan).map((mark) => [mark.groupTitle, mark.low, mark.high])).toEqual([
      ['A', 3, 5],
      ['D', null, null],
    ]);
    expect(plan.leftOut).toEqual([
      { what: 'B', why: 'not available ("NA"): Too few samples.' },
      { what: 'C', why: 'only a bound is published ("<0.001")' },
    ]);
    expect(plan.noWhisker).toEqual([{ what: 'D', why: 'standard deviation not available ("NA")' }]);
    expect(plan.summary).toBe('A: 4.0 (SD 1.0); D: 6.5 (SD NA); 2 values are in the table only.');
  });

  it('draws counts and percentages as bars from 0, a ratio as dots', () => {
    const counts = makeOutcome({
      paramType: 'COUNT_OF_PARTICIPANTS',
      dispersionType: null,
      unitOfMeasure: 'Participants',
      classes: oneRow([
        measurement('OG000', { value: '48' }),
        measurement('OG001', { value: '115' }),
      ]),
    });
    expect(drawn(outcomeChartPlan(counts)).shape).toBe('bars');
    const percent = {
      ...counts,
      paramType: 'NUMBER' as const,
      unitOfMeasure: 'percentage of subjects',
    };
    const percentPlan = drawn(outcomeChartPlan(percent));
    expect(percentPlan.shape).toBe('bars');
    expect(percentPlan.whiskerNote).toBeNull();
    expect(percentPlan.summary).toBe('Placebo: 48; Drug 10 mg: 115.');
    expect(drawn(outcomeChartPlan({ ...percent, unitOfMeasure: 'ratio' })).shape).toBe('dots');
  });

  it('draws no whiskers for a dispersion it cannot draw, and says it is in the table', () => {
    const plan = drawn(
      outcomeChartPlan(
        makeOutcome({
          paramType: 'GEOMETRIC_MEAN',
          dispersionType: 'Geometric Coefficient of Variation',
        }),
      ),
    );
    expect(marks(plan).every((mark) => mark.low === null && mark.high === null)).toBe(true);
    expect(plan.whiskerNote).toBe(
      'No whiskers: the Geometric Coefficient of Variation is in the table only.',
    );
  });

  it('does not chart a single value, too many values, or an outcome without values', () => {
    expect(
      outcomeChartPlan(
        makeOutcome({ classes: oneRow([measurement('OG000', { value: '50.5', spread: '2' })]) }),
      ),
    ).toEqual({
      kind: 'not-charted',
      reason: 'only one value is a number that can be drawn; the table has them all',
      leftOut: [{ what: 'Drug 10 mg', why: 'no value given' }],
    });
    const rows = Array.from({ length: 13 }, (_, index) => ({
      title: `Visit ${index + 1}`,
      denoms: [],
      categories: [{ title: null, measurements: [measurement('OG000', { value: '1' })] }],
    }));
    expect(outcomeChartPlan(makeOutcome({ classes: rows }))).toEqual({
      kind: 'not-charted',
      reason: '26 values are more than a chart shows legibly (24 at most); the table has them all',
      leftOut: [],
    });
    expect(outcomeChartPlan(makeOutcome({ classes: [] }))).toEqual({ kind: 'none' });
    expect(outcomeChartPlan(makeOutcome({ reportingStatus: 'NOT_POSTED' }))).toEqual({
      kind: 'none',
    });
  });

  it('names each row of a table with rows, and sums up many values by highest and lowest', () => {
    const rows = ['Week 4', 'Week 8', 'Week 12', 'Week 24'].map((title, index) => ({
      title,
      denoms: [],
      categories: [
        {
          title: null,
          measurements: [
            measurement('OG000', { value: String(index), spread: '0.5' }),
            measurement('OG001', { value: String(10 - index), spread: '0.5' }),
          ],
        },
      ],
    }));
    const plan = drawn(outcomeChartPlan(makeOutcome({ classes: rows })));
    expect(plan.blocks.map((block) => block.title)).toEqual([
      'Week 4',
      'Week 8',
      'Week 12',
      'Week 24',
    ]);
    expect(plan.summary).toBe(
      'Highest Week 4, Drug 10 mg: 10 (SD 0.5); lowest Week 4, Placebo: 0 (SD 0.5); 8 values drawn.',
    );
  });
});
