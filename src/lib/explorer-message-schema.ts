import { z } from 'zod';
import { MESSAGE_SOURCE, MESSAGE_VERSION } from './embed-messages';

/**
 * Explorer -> host messages, as a host can check them (the tests do: unit and e2e). The explorer
 * builds them with withEnvelope from typed bodies, so the page itself never loads this schema.
 */
const envelope = { source: z.literal(MESSAGE_SOURCE), version: z.literal(MESSAGE_VERSION) };

export const explorerMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...envelope, type: z.literal('ready'), trialId: z.string() }),
  z.strictObject({
    ...envelope,
    type: z.literal('resize'),
    height: z.number().int().nonnegative(),
  }),
  z.strictObject({
    ...envelope,
    type: z.literal('site-selected'),
    siteId: z.string(),
    facility: z.string().nullable(),
    city: z.string().nullable(),
  }),
]);
export type ExplorerMessage = z.infer<typeof explorerMessageSchema>;
