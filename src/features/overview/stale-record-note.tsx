import { useToday } from '@/lib/today';
import { staleRecordNote } from '@/trial/record-age';
import type { Trial } from '@/trial/trial-schema';

/**
 * Under the recruitment status: a plain warning when the record was last updated a year or more
 * ago and the study may still be under way (record-age.ts), counted to today (the build's day in
 * the prerendered page, the reader's after hydration).
 */
export function StaleRecordNote({ status }: { status: Trial['status'] }) {
  const today = useToday();
  const note =
    status.lastUpdatePosted === null
      ? null
      : staleRecordNote(status.lastUpdatePosted.date, status.overall, today);
  return note === null ? null : (
    <p className="trial-header__status-note trial-header__stale-note">{note}</p>
  );
}
