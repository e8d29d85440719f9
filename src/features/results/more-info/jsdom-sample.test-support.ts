import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ctgovStudyResultsSchema } from '@/trial/results/ctgov-results-schema';
import { normalizeResults } from '@/trial/results/normalize-results';
import { resultsSchema, type Results } from '@/trial/results/results-schema';
import { salvageParse } from '@/trial/salvage-parse';

/**
 * src/test-support/sample-results.ts as it works under `@vitest-environment jsdom`. That one
 * reads `new URL(\`../../data/studies/${nctId}.json\`, import.meta.url)`, which Vite's web
 * transform (used for jsdom test files) rewrites into an asset look-up: "/data/studies/…", ENOENT.
 * A path from import.meta.dirname is left alone. Same pipeline: salvaging parse (no problem
 * allowed), normalizer, model schema. To go once test-support is fixed the same way.
 */
export type JsdomSampleTrial = 'NCT02552212' | 'NCT05594173';

const objectSchema = z.record(z.string(), z.unknown());

function readResults(nctId: JsdomSampleTrial): Results {
  const file = join(import.meta.dirname, '../../../../data/studies', `${nctId}.json`);
  const study = objectSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const parsed = salvageParse(ctgovStudyResultsSchema, {
    resultsSection: study.resultsSection,
    documentSection: study.documentSection,
  });
  if (!parsed.ok || parsed.problems.length > 0)
    throw new Error(`${nctId}: results with problems: ${JSON.stringify(parsed.problems)}`);
  return resultsSchema.parse(normalizeResults(parsed.data));
}

/** A module of the sample's results that the record is known to have (throws if it lacks it). */
export function jsdomSampleModule<K extends keyof Results>(
  nctId: JsdomSampleTrial,
  module: K,
): NonNullable<Results[K]> {
  const value = readResults(nctId)[module];
  if (value === null) throw new Error(`${nctId} has no ${module}`);
  return value;
}
