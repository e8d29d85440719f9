import { z } from 'zod';
import { TRIAL_SCHEMA_VERSION } from '../trial-format';
import { nctIdSchema } from '../trial-schema';
import { resultsSchema } from './results-schema';

/**
 * A trial's results as `npm run data` writes them (public/data/results/<nctId>.json) and the page
 * parses them when the reader gets to the Results section: apart from the trial file, so a large
 * record's results (NCT02552212's are about 110 kB) never slow the first view. Same format
 * version as the trial file.
 */
export const resultsFileSchema = z.object({
  schemaVersion: z.literal(TRIAL_SCHEMA_VERSION),
  nctId: nctIdSchema,
  results: resultsSchema,
});
export type ResultsFile = z.infer<typeof resultsFileSchema>;
