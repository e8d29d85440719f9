import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { isoDay, useToday } from '@/lib/today';
import { formatPartialDate } from '@/trial/dates';

/** A day as "2026-12-01" in the reader's own time zone (the day on their calendar). */
const localDay = (day: Date) =>
  [day.getFullYear(), day.getMonth() + 1, day.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');

/**
 * "Printed on December 1, 2026": a line only the print-out shows (class print-only), so a paper
 * copy says how old it is beside the record's own dates. The day is today's (useToday), read
 * again as the print dialog opens, for a page left open overnight (then on the reader's calendar;
 * before, in UTC like the prerendered page's day, so hydration matches).
 */
export function PrintedOn() {
  const today = useToday();
  const [printedOn, setPrintedOn] = useState<Date | null>(null);
  useEffect(() => {
    // Drawn before the browser takes the print copy: the event's listeners run first.
    const note = () => flushSync(() => setPrintedOn(new Date()));
    window.addEventListener('beforeprint', note);
    return () => window.removeEventListener('beforeprint', note);
  }, []);
  return (
    <p className="print-only">
      Printed on {formatPartialDate(printedOn ? localDay(printedOn) : isoDay(today))} from Trial
      Explorer.
    </p>
  );
}
