import { partialDateParts } from './partial-date';
import type { Dated } from './trial-schema';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * A partial date as ClinicalTrials.gov publishes it, in en-US words, without going through
 * `Date` (no time zone can shift a day): "2014" -> "2014", "2014-07" -> "July 2014",
 * "2014-07-31" -> "July 31, 2014". Anything else is returned unchanged.
 */
export function formatPartialDate(date: string): string {
  const parts = partialDateParts(date);
  // Months run from 1: a date without one is a bare year, shown as published.
  if (!parts?.month) return date;
  const monthName = MONTHS[parts.month - 1] ?? '';
  const { year, day } = parts;
  return day === null ? `${monthName} ${year}` : `${monthName} ${day}, ${year}`;
}

/** A dated value with its type: estimated dates say so ("July 2014 (estimated)"). */
export function formatDated(dated: Dated): string {
  const text = formatPartialDate(dated.date);
  return dated.type === 'ESTIMATED' ? `${text} (estimated)` : text;
}
