import { createContext, useContext, useState, type ReactNode } from 'react';
import { useHydrated } from './hydration';

/** The day a prerendered page was drawn on (the build's), while its markup is being reproduced. */
const PageDay = createContext<Date | null>(null);

/**
 * Gives a prerendered tree the day it was rendered on: the prerender passes the build's day, and
 * the browser the same day read back from the page (`data-prerendered-on`), so what depends on
 * the date renders the same in both.
 */
export function PageDayProvider({ day, children }: { day: Date | null; children: ReactNode }) {
  return <PageDay value={day}>{children}</PageDay>;
}

/**
 * Today, for texts that depend on it (how old a record is). While a prerendered page is rendered
 * or hydrated it is the day the page was built on, so markup and hydration agree; from the render
 * after hydration (and at once on a page React draws itself) it is the reader's own clock, read
 * once per component. Tests fix it with Playwright's clock.
 */
export function useToday(): Date {
  const pageDay = useContext(PageDay);
  const hydrated = useHydrated();
  const [now] = useState(() => new Date());
  return hydrated || pageDay === null ? now : pageDay;
}

/** "2026-12-01" -> that day at 00:00 UTC; null for anything else. */
export function dayFromIso(text: string | undefined): Date | null {
  if (text === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const day = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(day.getTime()) ? null : day;
}

/** A day as "2026-12-01" (UTC). */
export const isoDay = (day: Date) => day.toISOString().slice(0, 10);
