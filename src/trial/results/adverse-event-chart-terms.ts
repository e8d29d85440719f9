import { mostDifferentTerms, type TermDifference } from './adverse-event-percents';
import type { AdverseEvent, AdverseEventGroup } from './adverse-events-schema';

/**
 * Which adverse-event terms the dot chart shows, and in what order. Pure.
 * The chart is of the most frequent terms: those with the highest percent affected in any one
 * group (pooling groups would be arithmetic the record does not support: its groups can overlap),
 * over serious and other events together; terms nobody had are left out. The chosen terms are then
 * ordered by the largest difference between groups (mostDifferentTerms), so the terms that tell
 * the groups apart come first. With one group there is no difference: most frequent first.
 */

export type EventKind = 'serious' | 'other';

export interface ChartTerm extends TermDifference {
  kind: EventKind;
  /** The highest percent affected in any group (what "most frequent" ranks by). */
  highest: number;
}

/** How many terms the chart shows at most. */
export const CHART_TERM_LIMIT = 15;

function codeUnitOrder(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

export function chartTerms(
  serious: readonly AdverseEvent[],
  other: readonly AdverseEvent[],
  groups: readonly AdverseEventGroup[],
  limit: number = CHART_TERM_LIMIT,
): ChartTerm[] {
  const kinds = new Map<AdverseEvent, EventKind>();
  for (const event of serious) kinds.set(event, 'serious');
  for (const event of other) kinds.set(event, 'other');
  const events = [...serious, ...other];
  // Every term with its percents, already in the chart's order (largest difference first).
  const byDifference = mostDifferentTerms(events, groups, events.length);
  const candidates = byDifference.flatMap((row): ChartTerm[] => {
    const known = row.percents.flatMap(({ percent }) => (percent === null ? [] : [percent]));
    const highest = known.length === 0 ? 0 : Math.max(...known);
    return highest > 0 ? [{ ...row, kind: kinds.get(row.event) ?? 'other', highest }] : [];
  });
  const recordOrder = new Map(events.map((event, index) => [event, index]));
  const position = (row: ChartTerm) => recordOrder.get(row.event) ?? 0;
  const byFrequency = [...candidates].sort(
    (a, b) =>
      b.highest - a.highest ||
      codeUnitOrder(a.event.term, b.event.term) ||
      position(a) - position(b),
  );
  const chosen = byFrequency.slice(0, Math.max(0, Math.floor(limit)));
  if (groups.length < 2) return chosen;
  const picked = new Set(chosen);
  return candidates.filter((row) => picked.has(row));
}
