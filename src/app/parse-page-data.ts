import { z } from 'zod';
import { DataLoadError } from '@/lib/data-load-error';
import { formatIssues } from '@/trial/parse-problems';
import {
  catalogSchema,
  TRIAL_SCHEMA_VERSION,
  trialSchema,
  type Catalog,
  type Trial,
} from '@/trial/trial-schema';

/**
 * The data a prerendered page carries, parsed by the same schemas as a fetched file: JSON text to a
 * Catalog or a Trial, or a DataLoadError naming the block and each problem.
 */
function parseText<S extends z.ZodType>(text: string, schema: S, source: string): z.infer<S> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new DataLoadError(`${source} is not valid JSON.`);
  }
  const version =
    typeof data === 'object' && data !== null && 'schemaVersion' in data
      ? data.schemaVersion
      : undefined;
  if (version !== TRIAL_SCHEMA_VERSION) {
    throw new DataLoadError(
      `${source} uses data format version ${JSON.stringify(version ?? null)}.`,
    );
  }
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) {
    throw new DataLoadError(
      `${source} does not match the trial format.`,
      formatIssues(result.error.issues, source),
    );
  }
  return result.data;
}

export const parseCatalogText = (text: string, source: string): Promise<Catalog> =>
  Promise.resolve().then(() => parseText(text, catalogSchema, source));
export const parseTrialText = (text: string, source: string): Promise<Trial> =>
  Promise.resolve().then(() => parseText(text, trialSchema, source));
