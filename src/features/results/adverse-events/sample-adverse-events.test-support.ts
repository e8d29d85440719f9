import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { AdverseEvents } from '@/trial/results/adverse-events-schema';
import { ctgovStudyResultsSchema } from '@/trial/results/ctgov-results-schema';
import { normalizeResults } from '@/trial/results/normalize-results';
import { resultsSchema } from '@/trial/results/results-schema';
import { salvageParse } from '@/trial/salvage-parse';

/**
 * NCT02552212's adverse events, made as src/test-support/sample-results.ts makes them, for jsdom
 * tests: that helper finds the record through import.meta.url, which is not a file: URL under
 * jsdom; this reads it from the working directory (the repository root under Vitest).
 */
const objectSchema = z.record(z.string(), z.unknown());

let cached: AdverseEvents | null = null;

export function sampleAdverseEvents(): AdverseEvents {
  if (cached) return cached;
  const text = readFileSync('data/studies/NCT02552212.json', 'utf8');
  const study = objectSchema.parse(JSON.parse(text));
  const parsed = salvageParse(ctgovStudyResultsSchema, {
    resultsSection: study.resultsSection,
    documentSection: study.documentSection,
  });
  if (!parsed.ok || parsed.problems.length > 0)
    throw new Error('NCT02552212: results with problems');
  const { adverseEvents } = resultsSchema.parse(normalizeResults(parsed.data));
  if (adverseEvents === null) throw new Error('NCT02552212 has no adverse events');
  cached = adverseEvents;
  return adverseEvents;
}
