import { z } from 'zod';
import { adverseEventsSchema } from './adverse-events-schema';
import { baselineSchema } from './baseline-schema';
import { providedDocumentsSchema } from './documents-schema';
import { moreInfoSchema } from './more-info-schema';
import { outcomeMeasuresSchema } from './outcome-measures-schema';
import { participantFlowSchema } from './participant-flow-schema';

/**
 * A trial's results as the page will get them: each module of the record, or null where the
 * record has none (or where it was invalid as a whole and left out). Group ids stay local to
 * their module (and, for outcomes, to their outcome).
 */
export const resultsSchema = z.object({
  participantFlow: participantFlowSchema.nullable(),
  baseline: baselineSchema.nullable(),
  outcomeMeasures: outcomeMeasuresSchema.nullable(),
  adverseEvents: adverseEventsSchema.nullable(),
  moreInfo: moreInfoSchema.nullable(),
  documents: providedDocumentsSchema.nullable(),
});
export type Results = z.infer<typeof resultsSchema>;
