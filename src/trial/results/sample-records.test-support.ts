import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * The two real records with posted results shipped in data/studies/ (public ClinicalTrials.gov
 * data), read as the build reads them: one module at a time, still raw (unknown) for the
 * salvaging parse to check.
 */
export const SAMPLE_RESULTS_RECORDS = ['NCT02552212', 'NCT05594173'] as const;
export type SampleResultsRecord = (typeof SAMPLE_RESULTS_RECORDS)[number];

const sampleRecordSchema = z.object({
  resultsSection: z.record(z.string(), z.unknown()),
  documentSection: z.record(z.string(), z.unknown()).optional(),
});

function readSample(nctId: SampleResultsRecord): z.infer<typeof sampleRecordSchema> {
  const file = new URL(`../../../data/studies/${nctId}.json`, import.meta.url);
  return sampleRecordSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** resultsSection.<module> of a sample record, raw. */
export function sampleResultsModule(nctId: SampleResultsRecord, module: string): unknown {
  return readSample(nctId).resultsSection[module];
}

/** documentSection.<module> of a sample record, raw. */
export function sampleDocumentModule(nctId: SampleResultsRecord, module: string): unknown {
  return readSample(nctId).documentSection?.[module];
}
