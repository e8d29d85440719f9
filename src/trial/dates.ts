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

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A partial date as ClinicalTrials.gov publishes it, in en-US words, without going through
 * `Date` (no time zone can shift a day): "2014" -> "2014", "2014-07" -> "July 2014",
 * "2014-07-31" -> "July 31, 2014". Anything else is returned unchanged.
 */
export function formatPartialDate(date: string): string {
  const match = PARTIAL_DATE.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  if (year === undefined || month === undefined) return date;
  const monthName = MONTHS[Number(month) - 1];
  if (monthName === undefined) return date;
  if (day === undefined) return `${monthName} ${year}`;
  const dayNumber = Number(day);
  if (dayNumber < 1 || dayNumber > 31) return date;
  return `${monthName} ${dayNumber}, ${year}`;
}

/** A dated value with its type: estimated dates say so ("July 2014 (estimated)"). */
export function formatDated(dated: Dated): string {
  const text = formatPartialDate(dated.date);
  return dated.type === 'ESTIMATED' ? `${text} (estimated)` : text;
}
