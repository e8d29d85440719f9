import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ctgovStudyResultsSchema } from '@/trial/results/ctgov-results-schema';
import { normalizeResults } from '@/trial/results/normalize-results';
import { resultsSchema, type Results } from '@/trial/results/results-schema';
import { salvageParse } from '@/trial/salvage-parse';

/**
 * The results of a shipped record with posted results (data/studies/, public ClinicalTrials.gov
 * data), made the way the build makes them: the salvaging parse, the normalizer, then the model
 * schema the page parses with. Throws if the record has any problem, so a test never runs on
 * half a record. For components: `sampleResults('NCT02552212').outcomeMeasures`.
 */
export type SampleResultsTrial = 'NCT02552212' | 'NCT05594173';

const cache = new Map<SampleResultsTrial, Results>();

const objectSchema = z.record(z.string(), z.unknown());

export function sampleResults(nctId: SampleResultsTrial): Results {
  const cached = cache.get(nctId);
  if (cached) return cached;
  // From the working directory (the repo's root, where vitest runs): under jsdom, Vite rewrites
  // `new URL(…, import.meta.url)` into a web address.
  const file = join(process.cwd(), 'data', 'studies', `${nctId}.json`);
  const study = objectSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const parsed = salvageParse(ctgovStudyResultsSchema, {
    resultsSection: study.resultsSection,
    documentSection: study.documentSection,
  });
  if (!parsed.ok || parsed.problems.length > 0)
    throw new Error(`${nctId}: results with problems: ${JSON.stringify(parsed.problems)}`);
  const results = resultsSchema.parse(normalizeResults(parsed.data));
  cache.set(nctId, results);
  return results;
}

/** A module of the sample's results that the record is known to have (throws if it lacks it). */
export function sampleModule<K extends keyof Results>(
  nctId: SampleResultsTrial,
  module: K,
): NonNullable<Results[K]> {
  const value = sampleResults(nctId)[module];
  if (value === null) throw new Error(`${nctId} has no ${module}`);
  return value;
}
