import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ctgovStudyResultsSchema } from '@/trial/results/ctgov-results-schema';
import { normalizeResults } from '@/trial/results/normalize-results';
import { resultsSchema } from '@/trial/results/results-schema';
import type { Baseline } from '@/trial/results/baseline-schema';
import { salvageParse } from '@/trial/salvage-parse';

/**
 * The baseline of a shipped record, made as src/test-support/sample-results.ts makes it (salvaging
 * parse, normalizer, model schema; throws on any problem). A copy for jsdom tests: there Vite
 * rewrites that helper's `new URL('../../data/…', import.meta.url)` into an http:// address that
 * readFileSync cannot open, so this one reads from the project root instead.
 */
const objectSchema = z.record(z.string(), z.unknown());

export function sampleBaseline(nctId: 'NCT02552212' | 'NCT05594173'): Baseline {
  const file = join(process.cwd(), 'data', 'studies', `${nctId}.json`);
  const study = objectSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const parsed = salvageParse(ctgovStudyResultsSchema, {
    resultsSection: study.resultsSection,
    documentSection: study.documentSection,
  });
  if (!parsed.ok || parsed.problems.length > 0)
    throw new Error(`${nctId}: results with problems: ${JSON.stringify(parsed.problems)}`);
  const baseline = resultsSchema.parse(normalizeResults(parsed.data)).baseline;
  if (baseline === null) throw new Error(`${nctId} has no baseline`);
  return baseline;
}
