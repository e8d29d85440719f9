import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { salvageParse } from '../salvage-parse';
import { ctgovStudyResultsSchema } from './ctgov-results-schema';
import { hasAnyResults, normalizeResults } from './normalize-results';
import { resultsSchema, type Results } from './results-schema';
import { SAMPLE_RESULTS_RECORDS, type SampleResultsRecord } from './sample-records.test-support';

const jsonObject = z.record(z.string(), z.unknown());

function record(nctId: SampleResultsRecord): Record<string, unknown> {
  return jsonObject.parse(JSON.parse(readFileSync(`data/studies/${nctId}.json`, 'utf8')));
}

/** A study through the results schema (salvaging) and the normalizer, the model checked. */
function read(study: unknown) {
  const parsed = salvageParse(ctgovStudyResultsSchema, study);
  if (!parsed.ok) throw new Error(`unreadable: ${JSON.stringify(parsed.problems)}`);
  const results: Results = normalizeResults(parsed.data);
  expect(resultsSchema.parse(results)).toEqual(results);
  return { results, problems: parsed.problems };
}

describe('the results of the shipped records with posted results', () => {
  it.each(SAMPLE_RESULTS_RECORDS)('%s reads without a problem, every module present', (nctId) => {
    const { results, problems } = read(record(nctId));
    expect(problems).toEqual([]);
    expect(Object.entries(results).filter(([, module]) => module === null)).toEqual([]);
    expect(hasAnyResults(results)).toBe(true);
  });

  it('NCT02552212: 2 flow periods, 31 outcome measures with 12 analyses, 36 + 9 event terms, 2 documents', () => {
    const { results } = read(record('NCT02552212'));
    expect(results.participantFlow?.periods.map((period) => period.title)).toEqual([
      'Double-Blind Period (Week 0 - 52)',
      'SFE Period (Week 52 - 156)',
    ]);
    const outcomes = results.outcomeMeasures?.outcomeMeasures ?? [];
    expect(outcomes).toHaveLength(31);
    expect(outcomes.flatMap((outcome) => outcome.analyses)).toHaveLength(12);
    expect(results.adverseEvents?.seriousEvents).toHaveLength(36);
    expect(results.adverseEvents?.otherEvents).toHaveLength(9);
    expect(results.documents?.documents.map((document) => document.filename)).toEqual([
      'Prot_000.pdf',
      'SAP_002.pdf',
    ]);
  });
});

describe('a results section with faults', () => {
  it('leaves out each invalid part with its path and keeps every other module', () => {
    const study = record('NCT02552212');
    const section = jsonObject.parse(study.resultsSection);
    const outcomesModule = jsonObject.parse(section.outcomeMeasuresModule);
    const outcomes = z.array(jsonObject).parse(outcomesModule.outcomeMeasures);
    const broken = {
      ...study,
      resultsSection: {
        ...section,
        participantFlowModule: 'not a module',
        outcomeMeasuresModule: {
          ...outcomesModule,
          outcomeMeasures: outcomes.map((outcome, i) =>
            i === 4 ? { ...outcome, type: 'NOPE' } : outcome,
          ),
        },
      },
    };
    const { results, problems } = read(broken);
    expect(problems.map((problem) => problem.path)).toEqual([
      'resultsSection.participantFlowModule',
      'resultsSection.outcomeMeasuresModule.outcomeMeasures[4].type',
    ]);
    expect(results.participantFlow).toBeNull();
    const kept = results.outcomeMeasures?.outcomeMeasures ?? [];
    expect(kept).toHaveLength(31);
    expect(kept[4]?.type).toBeNull();
    expect(kept[4]?.title).toBe(outcomes[4]?.title);
    expect(results.adverseEvents?.seriousEvents).toHaveLength(36);
    expect(results.documents?.documents).toHaveLength(2);
  });

  it('a record without results has none, module by module', () => {
    const { results, problems } = read({ protocolSection: {} });
    expect(problems).toEqual([]);
    expect(results).toEqual({
      participantFlow: null,
      baseline: null,
      outcomeMeasures: null,
      adverseEvents: null,
      moreInfo: null,
      documents: null,
    });
    expect(hasAnyResults(results)).toBe(false);
  });
});
