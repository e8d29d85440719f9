import { formatPartialDate } from './dates';
import { partialDateParts } from './partial-date';
import type { OverallStatus } from './vocabulary';

/**
 * Statuses after which nobody is recruited or treated any more: a record's age does not make its
 * sites' statuses doubtful there (they are over), so no note is given.
 */
const ENDED: ReadonlySet<OverallStatus> = new Set([
  'COMPLETED',
  'TERMINATED',
  'WITHDRAWN',
  'NO_LONGER_AVAILABLE',
  'APPROVED_FOR_MARKETING',
  'WITHHELD',
]);

/** The last day a partial date can mean (a month's last day, a year's December 31), UTC. */
function latestDay(year: number, month: number | null, day: number | null): Date {
  if (month === null) return new Date(Date.UTC(year, 11, 31));
  if (day === null) return new Date(Date.UTC(year, month, 0));
  return new Date(Date.UTC(year, month - 1, day));
}

/** Whole years from `from` to `to` (UTC calendar dates); negative when `to` is earlier. */
function wholeYears(from: Date, to: Date): number {
  const years = to.getUTCFullYear() - from.getUTCFullYear();
  const beforeAnniversary =
    to.getUTCMonth() < from.getUTCMonth() ||
    (to.getUTCMonth() === from.getUTCMonth() && to.getUTCDate() < from.getUTCDate());
  return beforeAnniversary ? years - 1 : years;
}

/**
 * A plain warning when the record was last updated a year or more before `today` and the study
 * may still be under way: "Last updated April 14, 2015, over 11 years ago: site statuses may have
 * changed. Confirm with the contact before travelling." ClinicalTrials.gov asks for an update at
 * least every 12 months while a study runs. A partial date counts from its last possible day, so
 * the age is never overstated. Null for a fresh record, an ended study, or an unreadable date.
 */
export function staleRecordNote(
  lastUpdate: string,
  status: OverallStatus | null,
  today: Date,
): string | null {
  if (status !== null && ENDED.has(status)) return null;
  const parts = partialDateParts(lastUpdate);
  if (!parts) return null;
  const years = wholeYears(latestDay(parts.year, parts.month, parts.day), today);
  if (years < 1) return null;
  const age = years === 1 ? 'over a year ago' : `over ${String(years)} years ago`;
  return `Last updated ${formatPartialDate(lastUpdate)}, ${age}: site statuses may have changed. Confirm with the contact before travelling.`;
}
