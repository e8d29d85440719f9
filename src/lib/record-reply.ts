import type { WorkerReply } from './record-worker-messages';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** A study's reading, as read-record makes it: a trial (and its results, or null) or its problems. */
function isStudyReading(value: unknown): boolean {
  if (!isObject(value) || typeof value.pathInFile !== 'string') return false;
  if (value.ok === true)
    return isObject(value.trial) && (value.results === null || isObject(value.results));
  return value.ok === false && Array.isArray(value.problems);
}

/**
 * Whether a message is the record worker's reply to reading `id`. The envelope is checked here, by
 * hand, as for the data worker (trial-data-reply.ts): each trial in it is the Trial schema's own
 * output, made by this app's worker (same build, same origin) and structured-cloned, so it is not
 * parsed a second time on the main thread (for a 45 MB record that parse was a 100 ms task).
 */
export function isRecordReplyTo(data: unknown, id: number): data is WorkerReply {
  if (!isObject(data) || data.id !== id || !isObject(data.reading)) return false;
  const { reading } = data;
  if (reading.ok === true)
    return Array.isArray(reading.studies) && reading.studies.every(isStudyReading);
  return reading.ok === false && typeof reading.message === 'string';
}
