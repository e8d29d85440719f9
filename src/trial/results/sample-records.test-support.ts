import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { z } from 'zod';
import { salvageParse } from '../salvage-parse';

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

/** A raw module through the salvaging parse, checked to have no problems at all. */
export function parsedWithoutProblems<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = salvageParse(schema, raw);
  if (!parsed.ok) throw new Error(`unreadable: ${JSON.stringify(parsed.problems)}`);
  expect(parsed.problems).toEqual([]);
  return parsed.data;
}

/**
 * A raw module through the salvaging parse and its normalizer, checked on the way: no problems,
 * and the model parses with our model schema unchanged.
 */
export function normalizeCleanly<Raw extends z.ZodType, Model>(
  rawSchema: Raw,
  normalize: (raw: z.output<Raw>) => Model,
  modelSchema: z.ZodType<Model>,
  raw: unknown,
): Model {
  const model = normalize(parsedWithoutProblems(rawSchema, raw));
  expect(modelSchema.parse(model)).toEqual(model);
  return model;
}
