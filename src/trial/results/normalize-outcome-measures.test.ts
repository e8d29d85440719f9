import { describe, expect, it } from 'vitest';
import {
  outcomeById as outcome,
  readOutcomeMeasures,
  recordOutcomeModule,
} from './outcome-measures.test-support';

describe('normalizeOutcomeMeasures on NCT02552212', () => {
  const { measures, problems } = readOutcomeMeasures(recordOutcomeModule('NCT02552212'));
  const all = measures.outcomeMeasures;

  it('reads the whole module with no problems', () => {
    expect(problems).toEqual([]);
  });

  it('has its 31 outcome measures, 11 primary and 20 secondary, in record order', () => {
    expect(all).toHaveLength(31);
    expect(all.filter((measure) => measure.type === 'PRIMARY')).toHaveLength(11);
    expect(all.filter((measure) => measure.type === 'SECONDARY')).toHaveLength(20);
    expect(all[0]?.title).toBe(
      'Percentage of Subjects With Ankylosing Spondylitis Disease Activity Score Major Improvement (ASDAS-MI) Response Criteria Response at Week 52',
    );
    expect(outcome(measures, 'outcome-3').title).toBe(
      'Certolizumab Pegol Plasma Concentration at Baseline',
    );
    expect(outcome(measures, 'outcome-28').title).toBe(
      'Number of Subjects With Anterior Uveitis (AU) or New AU Flares Through Week 52',
    );
  });

  it('has its 12 statistical analyses with every p-value exactly as published, in order', () => {
    const analyses = all.flatMap((measure) => measure.analyses);
    expect(analyses).toHaveLength(12);
    expect(analyses.map((analysis) => analysis.pValue)).toEqual([
      '<0.001',
      '<0.001',
      '<0.001',
      '<0.001',
      '<0.0001',
      '<0.001',
      '<0.001',
      '<0.001',
      '<0.001',
      '<0.001',
      '<0.001',
      '=0.247',
    ]);
  });

  it('keeps a primary analysis: odds ratio with its 95% two-sided interval', () => {
    const first = outcome(measures, 'outcome-1');
    expect(first.analyses).toEqual([
      expect.objectContaining({
        id: 'outcome-1-analysis-1',
        groupIds: ['OG000', 'OG001'],
        nonInferiorityType: 'OTHER',
        pValue: '<0.001',
        statisticalMethod: 'Regression, Logistic',
        paramType: 'Odds Ratio (OR)',
        paramValue: '15.231',
        ciPctValue: '95',
        ciNumSides: 'TWO_SIDED',
        ciLowerLimit: '7.336',
        ciUpperLimit: '31.623',
        testedNonInferiority: null,
      }),
    ]);
    expect(first.classes[0]?.categories[0]?.measurements).toEqual([
      expect.objectContaining({ groupId: 'OG000', value: '7.0', spread: null }),
      expect.objectContaining({ groupId: 'OG001', value: '47.2', spread: null }),
    ]);
  });

  it('keeps a least-squares mean with its standard error, and the difference analysed', () => {
    const basfi = outcome(measures, 'outcome-13');
    expect(basfi).toMatchObject({
      paramType: 'LEAST_SQUARES_MEAN',
      dispersionType: 'Standard Error',
      unitOfMeasure: 'scores on a scale',
      timeFrame: 'From Baseline to Week 12',
    });
    expect(basfi.classes[0]?.categories[0]?.measurements[0]).toMatchObject({
      groupId: 'OG000',
      value: '-0.38',
      spread: '0.21',
    });
    expect(basfi.analyses[0]).toMatchObject({
      paramType: 'Difference',
      paramValue: '-1.696',
      ciLowerLimit: '-2.110',
      ciUpperLimit: '-1.282',
    });
  });

  it('keeps a POSTED outcome that has no paramType and no classes, with its zero denoms', () => {
    expect(outcome(measures, 'outcome-3')).toMatchObject({
      reportingStatus: 'POSTED',
      paramType: null,
      unitOfMeasure: null,
      classes: [],
      analyses: [],
      denoms: [
        {
          units: 'Participants',
          counts: [
            { groupId: 'OG000', value: '0' },
            { groupId: 'OG001', value: '0' },
          ],
        },
      ],
    });
  });

  it('keeps an NA value with the comment that explains it', () => {
    const followUp = outcome(measures, 'outcome-11');
    expect(followUp.dispersionType).toBe('95% Confidence Interval');
    expect(followUp.groups[1]?.title).toBe('Placebo->OL CZP (SS)');
    expect(followUp.classes[0]?.categories[0]?.measurements).toEqual([
      {
        groupId: 'OG000',
        value: '0.2',
        spread: null,
        lowerLimit: '0.1',
        upperLimit: '0.7',
        comment: null,
      },
      {
        groupId: 'OG001',
        value: 'NA',
        spread: null,
        lowerLimit: 'NA',
        upperLimit: 'NA',
        comment: 'Values were below the level of quantification.',
      },
    ]);
  });

  it('removes markdown escapes from text', () => {
    const description = all[0]?.description ?? '';
    expect(description).toContain('a reduction (improvement) >= 2.0 in the ASDAS');
    expect(description).toContain('(natural logarithm [ln] of the (CRP [mg/L] + 1))');
  });
});

describe('normalizeOutcomeMeasures on NCT05594173 (observational)', () => {
  const { measures, problems } = readOutcomeMeasures(recordOutcomeModule('NCT05594173'));

  it('reads the whole module with no problems', () => {
    expect(problems).toEqual([]);
  });

  it('has its 2 primary outcomes, each with its own 6 groups and no analyses', () => {
    expect(measures.outcomeMeasures.map((measure) => [measure.type, measure.title])).toEqual([
      ['PRIMARY', 'Number of Chewing Cycles Per Bolus'],
      ['PRIMARY', 'Total Chewing Duration Per Bolus'],
    ]);
    for (const measure of measures.outcomeMeasures) {
      expect(measure.groups.map((group) => group.id)).toEqual([
        'OG000',
        'OG001',
        'OG002',
        'OG003',
        'OG004',
        'OG005',
      ]);
      expect(measure.analyses).toEqual([]);
    }
    const duration = outcome(measures, 'outcome-2');
    expect(duration).toMatchObject({
      paramType: 'MEAN',
      dispersionType: 'Standard Deviation',
      unitOfMeasure: 'seconds',
    });
    expect(duration.classes[0]?.categories[0]?.measurements[0]).toMatchObject({
      groupId: 'OG000',
      value: '14.7',
      spread: '5.4',
    });
    expect(duration.denoms[0]?.counts[0]).toEqual({ groupId: 'OG000', value: '14' });
  });
});
