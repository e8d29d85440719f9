import { formatPartialDate } from '@/trial/dates';
import { megabytes } from '@/trial/megabytes';
import type { ProvidedDocument } from '@/trial/results/documents-schema';

/**
 * How a provided document's facts are told: its type in words, its upload time, its size. Pure,
 * and the same in Node and the browser (no Date, no locale of the reader's).
 */

const KINDS = [
  ['hasProtocol', 'Study Protocol'],
  ['hasSap', 'Statistical Analysis Plan'],
  ['hasIcf', 'Informed Consent Form'],
] as const;

/** "A", "A and B", "A, B, and C" (ClinicalTrials.gov's own way of naming combined documents). */
function joinedWithAnd(words: readonly string[]): string {
  if (words.length <= 2) return words.join(' and ');
  return `${words.slice(0, -1).join(', ')}, and ${words.at(-1) ?? ''}`;
}

/**
 * The document's type in words: the record's label ("Study Protocol and Statistical Analysis
 * Plan") or, without one, what its has-protocol / has-SAP / has-ICF flags say it holds; null when
 * the record says neither.
 */
export function documentTypeInWords(document: ProvidedDocument): string | null {
  if (document.label !== null) return document.label;
  const kinds = KINDS.filter(([flag]) => document[flag] === true).map(([, words]) => words);
  return kinds.length === 0 ? null : joinedWithAnd(kinds);
}

/** "2019-04-27T15:51" -> "April 27, 2019, 15:51": the day in words, the time as published. */
export function formatUploadDate(uploadDate: string): string {
  const [day = '', time] = uploadDate.split('T');
  const words = formatPartialDate(day);
  return time === undefined ? words : `${words}, ${time}`;
}

const BYTES = new Intl.NumberFormat('en-US');
const KILOBYTE = 1024;

/**
 * A size in bytes as a reader takes it in, with the exact count the record gives: "9.3 MB
 * (9,785,526 bytes)", "581 kB (594,549 bytes)", "512 bytes". Binary units, as megabytes() counts.
 */
export function formatDocumentSize(bytes: number): string {
  const exact = `${BYTES.format(bytes)} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < KILOBYTE) return exact;
  const rounded = bytes < 1000 * KILOBYTE ? `${Math.round(bytes / KILOBYTE)} kB` : megabytes(bytes);
  return `${rounded} (${exact})`;
}
