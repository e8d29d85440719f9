import { readRecordText, sizeRefusal, type RecordReading } from '@/trial/read-record';
import { createUnavailableLocator } from '@/trial/site-locator';

/** What the reader brings: a file (its text is read here) or pasted text. */
export type RecordSource = { file: File } | { text: string };

/**
 * The browser has no gazetteer: a site without coordinates is listed as not on the map, with
 * this reason.
 */
const locate = createUnavailableLocator(
  'the record gives no coordinates, and files opened in the browser are not placed by city',
);

/** Reads a file or pasted text as read-record does in the build; a file over the limit is not read. */
export async function readRecordSource(source: RecordSource): Promise<RecordReading> {
  if ('text' in source) return readRecordText(source.text, { locate });
  const tooLarge = sizeRefusal(source.file.size);
  if (tooLarge !== null) return { ok: false, message: tooLarge };
  return readRecordText(await source.file.text(), { locate });
}
