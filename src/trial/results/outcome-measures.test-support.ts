import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { salvageParse } from '../salvage-parse';
import type { RecordProblem } from '../trial-schema';
import { ctgovOutcomeMeasuresModuleSchema } from './ctgov-outcome-measures-schema';
import { normalizeOutcomeMeasures } from './normalize-outcome-measures';
import type { OutcomeMeasure, OutcomeMeasures } from './outcome-measures-schema';
import { outcomeMeasuresSchema } from './outcome-measures-schema';

const recordSchema = z.object({ resultsSection: z.object({ outcomeMeasuresModule: z.unknown() }) });

/** The raw outcomeMeasuresModule of a record in data/studies/. */
export function recordOutcomeModule(nctId: string): unknown {
  const text = readFileSync(`data/studies/${nctId}.json`, 'utf8');
  return recordSchema.parse(JSON.parse(text)).resultsSection.outcomeMeasuresModule;
}

/**
 * A raw module through the salvaging parse and the normalizer, the output checked by our model
 * schema (as the page will parse it), with the problems the parse reported.
 */
export function readOutcomeMeasures(module: unknown): {
  measures: OutcomeMeasures;
  problems: RecordProblem[];
} {
  const parsed = salvageParse(ctgovOutcomeMeasuresModuleSchema, module);
  if (!parsed.ok) throw new Error(`unreadable: ${JSON.stringify(parsed.problems)}`);
  const measures = outcomeMeasuresSchema.parse(normalizeOutcomeMeasures(parsed.data));
  return { measures, problems: parsed.problems };
}

/** The outcome measure with this id ("outcome-3"). */
export function outcomeById(measures: OutcomeMeasures, id: string): OutcomeMeasure {
  const found = measures.outcomeMeasures.find((measure) => measure.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}
