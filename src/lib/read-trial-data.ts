import { TRIAL_SCHEMA_VERSION } from '@/trial/trial-format';
import { DataLoadError } from './data-load-error';
import { fetchParsed, parseJsonText } from './fetch-parsed';
import type { TrialDataReply } from './trial-data-reply';
import type { TrialDataRead } from './trial-data-request';
import { TRIAL_DATA_SCHEMAS, type TrialDataKind, type TrialDataOf } from './trial-data-schemas';

/** Where a file comes from: fetched from `url`, or JSON text the page holds; `path` names it. */
export type TrialDataSource = { url: string; path: string } | { text: string; path: string };

/**
 * Reads one prebuilt file and parses it with its kind's schema, checking the format version:
 * the data worker's work (and the page's, where there is no Worker). Throws a DataLoadError.
 */
export function readTrialData<K extends TrialDataKind>(
  source: TrialDataSource,
  kind: K,
  signal?: AbortSignal,
): Promise<TrialDataOf<K>> {
  const schema = TRIAL_DATA_SCHEMAS[kind];
  const options = { expectedVersion: TRIAL_SCHEMA_VERSION, ...(signal ? { signal } : {}) };
  return 'text' in source
    ? Promise.resolve().then(() => parseJsonText(source.text, source.path, schema, options))
    : fetchParsed(source.url, source.path, schema, options);
}

/** One read request answered as the reply the worker posts: the value, or what went wrong. */
export async function answerRead<K extends TrialDataKind>(
  request: TrialDataRead & { kind: K },
  signal?: AbortSignal,
): Promise<TrialDataReply<K>> {
  const { id, kind, path } = request;
  const source =
    request.type === 'text' ? { text: request.text, path } : { url: request.url, path };
  try {
    return { id, ok: true, kind, value: await readTrialData(source, kind, signal) };
  } catch (error) {
    if (error instanceof DataLoadError)
      return { id, ok: false, message: error.message, problems: [...error.problems] };
    const reason = error instanceof Error ? error.message : String(error);
    return { id, ok: false, message: `${path} could not be read: ${reason}`, problems: [] };
  }
}
