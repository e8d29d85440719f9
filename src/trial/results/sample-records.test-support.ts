import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { z } from 'zod';
import { salvageParse } from '../salvage-parse';

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

/** A raw module through the salvaging parse, checked to have no problems at all. */
export function parsedWithoutProblems<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = salvageParse(schema, raw);
  expect(parsed.problems).toEqual([]);
  if (!parsed.ok) throw new Error('the module could not be read');
  return parsed.data;
}

/** A raw module parsed without problems, normalized, and the model checked by its own schema. */
export function normalizedWithoutProblems<Raw extends z.ZodType, Model extends z.ZodType>(
  rawSchema: Raw,
  normalize: (module: z.output<Raw>) => z.output<Model>,
  modelSchema: Model,
  raw: unknown,
): z.output<Model> {
  const model = normalize(parsedWithoutProblems(rawSchema, raw));
  expect(modelSchema.parse(model)).toEqual(model);
  return model;
}
