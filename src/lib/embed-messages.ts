import { OVERALL_STATUSES, type OverallStatus } from '@/trial/vocabulary';
import type { ExplorerMessage } from './explorer-message-schema';

/**
 * The embed message protocol, version 1. Every message, either way, is a plain object
 * `{ source: 'trial-explorer', version: 1, type, ...payload }` (documented in README, "Embedding";
 * the explorer's messages as a schema: explorer-message-schema.ts).
 */
export const MESSAGE_SOURCE = 'trial-explorer';
export const MESSAGE_VERSION = 1;

/** What a caller fills in; the envelope is added when posting. */
export type ExplorerMessageBody =
  | { type: 'ready'; trialId: string }
  | { type: 'resize'; height: number }
  | { type: 'site-selected'; siteId: string; facility: string | null; city: string | null };

export function withEnvelope(body: ExplorerMessageBody): ExplorerMessage {
  return { source: MESSAGE_SOURCE, version: MESSAGE_VERSION, ...body };
}

/** Host -> explorer. */
export type HostMessage = { source: typeof MESSAGE_SOURCE; version: typeof MESSAGE_VERSION } & (
  { type: 'select-site'; siteId: string } | { type: 'set-filter'; status: OverallStatus | null }
);

const SITE_ID = /^site-\d{1,6}$/;

/**
 * A host message in the documented shape (only its own fields kept), or null. Checked by hand:
 * the page reads the message protocol without loading zod.
 */
export function readHostMessage(data: unknown): HostMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  if (!('source' in data) || data.source !== MESSAGE_SOURCE) return null;
  if (!('version' in data) || data.version !== MESSAGE_VERSION || !('type' in data)) return null;
  const envelope = { source: MESSAGE_SOURCE, version: MESSAGE_VERSION } as const;
  if (data.type === 'select-site') {
    if (!('siteId' in data) || typeof data.siteId !== 'string' || !SITE_ID.test(data.siteId))
      return null;
    return { ...envelope, type: 'select-site', siteId: data.siteId };
  }
  if (data.type === 'set-filter' && 'status' in data) {
    const status =
      data.status === null ? null : OVERALL_STATUSES.find((code) => code === data.status);
    return status === undefined ? null : { ...envelope, type: 'set-filter', status };
  }
  return null;
}
