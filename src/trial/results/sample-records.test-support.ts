import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** The shipped real records with posted results (paths are from the repository root). */
export const RESULTS_SAMPLES = ['NCT02552212', 'NCT05594173'] as const;
export type ResultsSample = (typeof RESULTS_SAMPLES)[number];

const recordSchema = z.object({ resultsSection: z.record(z.string(), z.unknown()) });

/** One raw module of a sample record's resultsSection, undecoded: for the salvaging parse. */
export function sampleResultsModule(nctId: ResultsSample, module: string): unknown {
  const text = readFileSync(`data/studies/${nctId}.json`, 'utf8');
  const value = recordSchema.parse(JSON.parse(text)).resultsSection[module];
  if (value === undefined) throw new Error(`${nctId} has no resultsSection.${module}`);
  return value;
}
