import { compareValues } from '@/components/data-table/compare-values';
import { foldText } from '@/trial/text-fold';
import type { EventRow } from './event-rows';

export interface EventFilter {
  /** One organ system, spelt as in the record; null: every system. */
  system: string | null;
  /** As typed; blank: no text filter. */
  text: string;
}

/** The words of a typed filter, folded (case and accents away). */
function queryWords(text: string): string[] {
  return foldText(text)
    .split(/\s+/)
    .filter((word) => word !== '');
}

/**
 * The rows passing the filter, in their order: of the organ system (when one is chosen) and whose
 * term holds every typed word, anywhere in it ("resp infection" finds "Upper respiratory tract
 * infection"; "nausea" finds "Náusea"). No filter gives the same array back (memoized tables
 * then skip work).
 */
export function filterEventRows(rows: EventRow[], filter: EventFilter): EventRow[] {
  const words = queryWords(filter.text);
  if (filter.system === null && words.length === 0) return rows;
  return rows.filter(
    (row) =>
      (filter.system === null || row.event.organSystem === filter.system) &&
      words.every((word) => row.termKey.includes(word)),
  );
}

export interface OrganSystemCount {
  system: string;
  /** Terms of this system, serious and other together. */
  count: number;
}

/** The organ systems the terms name, each with its number of terms, in text order. */
export function organSystemsOf(...tables: readonly EventRow[][]): OrganSystemCount[] {
  const counts = new Map<string, number>();
  for (const rows of tables) {
    for (const { event } of rows) {
      if (event.organSystem !== null)
        counts.set(event.organSystem, (counts.get(event.organSystem) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([system, count]) => ({ system, count }))
    .sort((a, b) => compareValues(a.system, b.system));
}
