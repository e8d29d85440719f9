import { beforeAll, describe, expect, it } from 'vitest';
import { readOneTrialValue } from '../../src/test-support/read-one-trial';
import { ctgovStudySchema } from '../../src/trial/ctgov-schema';
import { ctgovStudyResultsSchema } from '../../src/trial/results/ctgov-results-schema';
import { normalizeResults } from '../../src/trial/results/normalize-results';
import { providedDocumentUrl } from '../../src/trial/results/provided-document-url';
import { resultsSchema, type Results } from '../../src/trial/results/results-schema';
import { salvageParse } from '../../src/trial/salvage-parse';
import { createGazetteerLocator } from '../gazetteer';
import { generateSyntheticStudy, syntheticRecordText, type SyntheticStudy } from './generate-study';
import { loadSyntheticPlaces, syntheticStudy } from './load-synthetic';
import { FLOW_UNBALANCED_GROUP } from './synthetic-flow';
import { SYNTHETIC_SIZES } from './synthetic-sizes';

let study: SyntheticStudy;
let results: Results;

beforeAll(() => {
  study = syntheticStudy('results');
  const parsed = salvageParse(ctgovStudyResultsSchema, {
    resultsSection: study.resultsSection,
    documentSection: study.documentSection,
  });
  if (!parsed.ok || parsed.problems.length > 0)
    throw new Error(`synthetic results with problems: ${JSON.stringify(parsed.problems)}`);
  results = resultsSchema.parse(normalizeResults(parsed.data));
}, 60_000);

/** A module the synthetic results must have. */
function module<K extends keyof Results>(name: K): NonNullable<Results[K]> {
  const value = results[name];
  if (value === null) throw new Error(`no ${name}`);
  return value;
}

const counts = (values: readonly (string | null)[]) => {
  const tally: Record<string, number> = {};
  for (const value of values) tally[String(value)] = (tally[String(value)] ?? 0) + 1;
  return tally;
};

describe('synthetic results (size "results", NCT99999003)', () => {
  it('is deterministic from the seed, and another seed gives other results', () => {
    const spec = SYNTHETIC_SIZES.results;
    const places = loadSyntheticPlaces();
    expect(generateSyntheticStudy(spec, places)).toEqual(study);
    const other = generateSyntheticStudy(spec, places, spec.seed + 1);
    expect(other.resultsSection).not.toEqual(study.resultsSection);
    console.log(`results: ${String(Buffer.byteLength(syntheticRecordText(study)))} bytes`);
  });

  it('is a valid completed API v2 record with results that says plainly it is generated', () => {
    expect(ctgovStudySchema.safeParse(study).success).toBe(true);
    const trial = readOneTrialValue(study, createGazetteerLocator());
    expect(trial.nctId).toBe('NCT99999003');
    expect(trial.briefTitle).toBe(
      'Synthetic trial (results: 60 sites, 100 outcome measures, 1,000 adverse-event terms) — generated test data, not a real study',
    );
    expect(trial.briefSummary).toMatch(
      /^This is not a real study\. .* Its posted results are generated too: 100 outcome measures, 60 statistical analyses and 1,000 adverse-event terms\.$/,
    );
    expect(trial.sites).toHaveLength(60);
    expect(trial.arms).toHaveLength(12);
    expect(study.hasResults).toBe(true);
    expect(study.protocolSection.statusModule?.overallStatus).toBe('COMPLETED');
    const started = module('participantFlow').periods[0]?.milestones[0]?.achievements ?? [];
    const randomized = started.reduce((sum, count) => sum + Number(count.numSubjects), 0);
    expect(study.protocolSection.designModule?.enrollmentInfo).toEqual({
      count: randomized,
      type: 'ACTUAL',
    });
  });

  it('has a participant flow of 2 periods over 12 groups; the follow-up starts with who completed treatment', () => {
    const flow = module('participantFlow');
    expect(flow.groups).toHaveLength(12);
    expect(flow.periods.map((period) => period.title)).toEqual([
      'Treatment Period (Weeks 0 to 24)',
      'Follow-up Period (Weeks 24 to 52)',
    ]);
    const [treatment, followUp] = flow.periods;
    const row = (period: typeof treatment, type: string) =>
      period?.milestones
        .find((milestone) => milestone.type === type)
        ?.achievements.map((a) => a.numSubjects);
    expect(row(followUp, 'STARTED')).toEqual(row(treatment, 'COMPLETED'));
    expect(treatment?.milestones.map((milestone) => milestone.type)).toEqual([
      'STARTED',
      'Received at Least One Dose',
      'COMPLETED',
      'NOT COMPLETED',
    ]);
    // Only one group's reasons (follow-up) do not add up to its NOT COMPLETED, on purpose.
    const unbalanced = flow.periods.flatMap((period, p) =>
      flow.groups.flatMap((group, g) => {
        const notCompleted = Number(row(period, 'NOT COMPLETED')?.[g]);
        const reasons = period.dropWithdraws.reduce(
          (sum, drop) =>
            sum + Number(drop.reasons.find((r) => r.groupId === group.id)?.numSubjects),
          0,
        );
        return reasons === notCompleted ? [] : [`${String(p)}:${String(g)}`];
      }),
    );
    expect(unbalanced).toEqual([`1:${String(FLOW_UNBALANCED_GROUP)}`]);
  });

  it('has 20 baseline measures over 12 groups and a Total, with classes, categories and an NA', () => {
    const baseline = module('baseline');
    expect(baseline.groups).toHaveLength(13);
    expect(baseline.groups.map((group) => group.isTotal)).toEqual([
      ...Array<boolean>(12).fill(false),
      true,
    ]);
    expect(baseline.measures).toHaveLength(20);
    expect(
      new Set(baseline.measures.map((measure) => measure.dispersionType)).size,
    ).toBeGreaterThanOrEqual(7);
    const region = baseline.measures.find((measure) => measure.title === 'Region of Enrollment');
    expect(region?.classes.map((c) => c.title)).toHaveLength(8);
    const stages = baseline.measures.find((measure) => measure.title?.startsWith('Prior Lines'));
    expect(stages?.classes.every((c) => c.denoms.length === 1 && c.categories.length === 3)).toBe(
      true,
    );
    const cells = baseline.measures.flatMap((m) =>
      m.classes.flatMap((c) => c.categories.flatMap((k) => k.measurements)),
    );
    expect(cells.filter((cell) => cell.value === 'NA' && cell.comment !== null)).toHaveLength(1);
  });

  it('has 100 outcome measures of every type, 4 not posted, one posted without values', () => {
    const outcomes = module('outcomeMeasures').outcomeMeasures;
    expect(outcomes).toHaveLength(100);
    expect(new Set(outcomes.map((outcome) => outcome.title)).size).toBe(100);
    expect(counts(outcomes.map((outcome) => outcome.type))).toEqual({
      PRIMARY: 10,
      SECONDARY: 60,
      OTHER_PRE_SPECIFIED: 20,
      POST_HOC: 10,
    });
    const notPosted = outcomes.filter((outcome) => outcome.reportingStatus === 'NOT_POSTED');
    expect(notPosted.map((outcome) => outcome.anticipatedPostingDate)).toEqual(
      Array(4).fill('2027-06'),
    );
    const posted = outcomes.filter((outcome) => outcome.reportingStatus === 'POSTED');
    expect(
      posted.filter((outcome) => outcome.paramType === null && outcome.classes.length === 0),
    ).toHaveLength(1);
    expect(new Set(posted.map((outcome) => outcome.paramType))).toEqual(
      new Set([
        'LEAST_SQUARES_MEAN',
        'NUMBER',
        'COUNT_OF_PARTICIPANTS',
        'MEDIAN',
        'GEOMETRIC_MEAN',
        'MEAN',
        null,
      ]),
    );
    expect(new Set(posted.map((outcome) => outcome.dispersionType))).toEqual(
      new Set([
        'Standard Error',
        '95% Confidence Interval',
        'Geometric Coefficient of Variation',
        'Standard Deviation',
        'Inter-Quartile Range',
        'Full Range',
        null,
      ]),
    );
    const cells = posted.flatMap((o) =>
      o.classes.flatMap((c) => c.categories.flatMap((k) => k.measurements)),
    );
    const na = cells.filter((cell) => cell.value === 'NA' || cell.upperLimit === 'NA');
    expect(na.length).toBeGreaterThanOrEqual(10);
    expect(na.every((cell) => cell.comment !== null)).toBe(true);
    expect(posted.filter((outcome) => outcome.groups.length === 2).length).toBeGreaterThan(10);
    expect(outcomes[1]?.description).toContain('an improvement of >= 20% from baseline');
  });

  it('has 60 analyses: ratios and differences, p-values as published, intervals of both sides', () => {
    const analyses = module('outcomeMeasures').outcomeMeasures.flatMap(
      (outcome) => outcome.analyses,
    );
    expect(analyses).toHaveLength(60);
    const types = counts(analyses.map((analysis) => analysis.paramType));
    expect(Object.keys(types).sort()).toEqual([
      'Hazard Ratio (HR)',
      'LS Mean Difference',
      'Mean Difference (Final Values)',
      'Mean Difference (Net)',
      'Median Difference (Final Values)',
      'Odds Ratio (OR)',
      'Risk Ratio (RR)',
      'null',
    ]);
    const pValues = analyses.map((analysis) => analysis.pValue ?? '');
    expect(pValues.filter((p) => p === '<0.001').length).toBeGreaterThan(3);
    expect(pValues.filter((p) => /^=0\.\d{3,4}$/.test(p)).length).toBeGreaterThan(20);
    expect(pValues.filter((p) => /^0\.\d{3,4}$/.test(p)).length).toBeGreaterThan(2);
    expect(
      analyses.filter((a) => a.ciNumSides === 'ONE_SIDED' && a.ciUpperLimit === null).length,
    ).toBeGreaterThan(3);
    expect(
      analyses.filter((a) => a.ciUpperLimit === 'NA' && a.ciUpperLimitComment !== null),
    ).toHaveLength(2);
    expect(new Set(analyses.map((a) => a.ciPctValue))).toEqual(new Set(['95', '90', '97.5', null]));
  });

  it("has 1,000 adverse-event terms over 25 organ systems, 10 lacking one group's stat", () => {
    const events = module('adverseEvents');
    expect(events.groups).toHaveLength(12);
    expect(events.seriousEvents).toHaveLength(400);
    expect(events.otherEvents).toHaveLength(600);
    const all = [...events.seriousEvents, ...events.otherEvents];
    expect(new Set(all.map((event) => event.organSystem)).size).toBe(25);
    expect(new Set(events.otherEvents.map((event) => event.term)).size).toBe(600);
    expect(all.filter((event) => event.stats.length === 11)).toHaveLength(10);
    expect(all.every((event) => event.stats.length >= 11)).toBe(true);
    for (const group of events.groups) {
      expect(group.serious.numAffected).toBeLessThanOrEqual(group.serious.numAtRisk ?? 0);
      expect(group.other.numAffected).toBeLessThan(group.other.numAtRisk ?? 0);
    }
  });

  it('has more information and 2 provided documents', () => {
    expect(module('moreInfo').pointOfContact?.email).toBe('results@synthetic.example.org');
    expect(module('moreInfo').certainAgreement?.restrictionType).toBe('LTE60');
    const documents = module('documents').documents;
    expect(documents.map((doc) => providedDocumentUrl('NCT99999003', doc.filename ?? ''))).toEqual([
      'https://clinicaltrials.gov/ProvidedDocs/03/NCT99999003/Prot_000.pdf',
      'https://clinicaltrials.gov/ProvidedDocs/03/NCT99999003/SAP_001.pdf',
    ]);
  });
});
