import { z } from 'zod';
import { overallStatusSchema } from '@/trial/vocabulary';

/**
 * The embed message protocol, version 1. Every message, either way, is a plain object
 * `{ source: 'trial-explorer', version: 1, type, ...payload }` (documented in README, "Embedding").
 */
export const MESSAGE_SOURCE = 'trial-explorer';
export const MESSAGE_VERSION = 1;

const envelope = { source: z.literal(MESSAGE_SOURCE), version: z.literal(MESSAGE_VERSION) };

/** Explorer -> host. */
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

/** What a caller fills in; the envelope is added when posting. */
export type ExplorerMessageBody =
  | { type: 'ready'; trialId: string }
  | { type: 'resize'; height: number }
  | { type: 'site-selected'; siteId: string; facility: string | null; city: string | null };

/** Host -> explorer. */
export const hostMessageSchema = z.discriminatedUnion('type', [
  z.object({
    ...envelope,
    type: z.literal('select-site'),
    siteId: z.string().regex(/^site-\d{1,6}$/),
  }),
  z.object({ ...envelope, type: z.literal('set-filter'), status: overallStatusSchema.nullable() }),
]);
export type HostMessage = z.infer<typeof hostMessageSchema>;

export function withEnvelope(body: ExplorerMessageBody): ExplorerMessage {
  return { source: MESSAGE_SOURCE, version: MESSAGE_VERSION, ...body };
}
