import { z } from 'zod';
import { TRIAL_DATA_KINDS } from './trial-data-schemas';

/**
 * What the page asks the data worker, checked on arrival in the worker (a message is untyped):
 * read a file from `url` or parse JSON `text` the page already holds, as `kind`; or stop reading
 * one. `path` is how messages name the file.
 */
const kind = z.enum(TRIAL_DATA_KINDS);
export const trialDataRequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('fetch'),
    id: z.number(),
    kind,
    url: z.string(),
    path: z.string(),
  }),
  z.object({ type: z.literal('text'), id: z.number(), kind, text: z.string(), path: z.string() }),
  z.object({ type: z.literal('cancel'), id: z.number() }),
]);
export type TrialDataRequest = z.infer<typeof trialDataRequestSchema>;
/** A request to read (not to cancel): where the file comes from and what it is. */
export type TrialDataRead = Exclude<TrialDataRequest, { type: 'cancel' }>;
