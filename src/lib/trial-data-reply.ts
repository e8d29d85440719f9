import type { TrialDataKind, TrialDataOf } from './trial-data-schemas';

/**
 * The data worker's answer to one read: the parsed value, or the DataLoadError's message and
 * problems (an Error subclass does not survive postMessage, so the page rebuilds it).
 */
export type TrialDataReply<K extends TrialDataKind> =
  | { id: number; ok: true; kind: K; value: TrialDataOf<K> }
  | { id: number; ok: false; message: string; problems: string[] };

/** The request a message answers, or null when it is not a reply at all. */
export function replyId(data: unknown): number | null {
  return typeof data === 'object' && data !== null && 'id' in data && typeof data.id === 'number'
    ? data.id
    : null;
}

/**
 * Whether a message is the reply to request `id` for `kind`. The envelope is checked here, by
 * hand (no zod on the page); the value is the Trial schema's own output: the worker (this app's
 * code, same build, same origin) parsed it before posting, and structured cloning keeps it as is.
 */
export function isReplyTo<K extends TrialDataKind>(
  data: unknown,
  id: number,
  kind: K,
): data is TrialDataReply<K> {
  if (typeof data !== 'object' || data === null || !('ok' in data)) return false;
  if (replyId(data) !== id) return false;
  if (data.ok === true) return 'kind' in data && data.kind === kind && 'value' in data;
  return (
    data.ok === false &&
    'message' in data &&
    typeof data.message === 'string' &&
    'problems' in data &&
    Array.isArray(data.problems) &&
    data.problems.every((problem) => typeof problem === 'string')
  );
}
