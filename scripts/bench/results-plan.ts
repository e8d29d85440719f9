import type { AdverseEvents } from '../../src/trial/results/adverse-events-schema';
import { firstAscending } from './bench-plan';

/** The caption each events table's accessible name starts with (adverse-events/events-table.tsx). */
const EVENT_TABLES = {
  serious: 'Serious adverse events',
  other: 'Other adverse events',
} as const;

export interface AeSortCase {
  /** The table's accessible name starts with this. */
  table: (typeof EVENT_TABLES)[keyof typeof EVENT_TABLES];
  /** The column header's text. */
  column: 'Term';
  /** The term of the first row once sorted ascending (its cell may go on with the term's notes). */
  expected: string;
  /** Rows of that table, unfiltered. */
  rows: number;
}

/**
 * The adverse-event sort to time: the longer of the serious and the other events tables (at
 * 1,000 terms, the 600 other events), sorted ascending by term, as the explorer sorts (numbers
 * in numeric order, case-insensitive). Null without events.
 */
export function aeSortCase(adverseEvents: AdverseEvents | null): AeSortCase | null {
  if (adverseEvents === null) return null;
  const { seriousEvents, otherEvents } = adverseEvents;
  const [kind, events] =
    otherEvents.length > seriousEvents.length
      ? (['other', otherEvents] as const)
      : (['serious', seriousEvents] as const);
  const expected = firstAscending(events.map((event) => event.term));
  if (expected === null) return null;
  return { table: EVENT_TABLES[kind], column: 'Term', expected, rows: events.length };
}
