import { compareValues } from '@/components/data-table/compare-values';
import type { EventKind } from '@/trial/results/adverse-event-chart-terms';
import { percentAffected, statFor } from '@/trial/results/adverse-event-percents';
import type {
  AdverseEvent,
  AdverseEventGroup,
  AdverseEventStat,
} from '@/trial/results/adverse-events-schema';
import { recordIndexOf, RESULTS_MODULE_PATHS } from '@/trial/results/results-paths';
import { foldText } from '@/trial/text-fold';

/** One group's figures for a term: the record's stat (null: not reported) and the explorer's percent. */
export interface GroupFigures {
  stat: AdverseEventStat | null;
  /** 100 × affected / at risk; null when a count is missing or nobody was at risk. */
  percent: number | null;
}

/** A row of a serious- or other-events table. */
export interface EventRow {
  event: AdverseEvent;
  /** Where the event sits in the record (seriousEvents[i] / otherEvents[i]), for its problems. */
  recordPath: string | null;
  /** One per group, in the module's group order. */
  figures: GroupFigures[];
  /** The term folded for the text filter (computed once, not per keystroke). */
  termKey: string;
}

function recordPathOf(event: AdverseEvent, kind: EventKind): string | null {
  const index = recordIndexOf(event.id);
  return index === null
    ? null
    : `${RESULTS_MODULE_PATHS.adverseEvents}.${kind}Events[${String(index)}]`;
}

/** Missing organ systems last, else the tables' own text order (case- and accent-insensitive). */
function compareSystems(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return compareValues(a, b);
}

/**
 * The rows of one events table, in its default order: by organ system, then term (as the column
 * sorts compare them), then record order. Percents are the explorer's arithmetic on the record's
 * counts; a group the record gives no stat for is null, not 0. Pure.
 */
export function eventRows(
  events: readonly AdverseEvent[],
  groups: readonly AdverseEventGroup[],
  kind: EventKind,
): EventRow[] {
  const rows = events.map((event) => ({
    event,
    recordPath: recordPathOf(event, kind),
    figures: groups.map((group) => {
      const stat = statFor(event, group.id);
      return { stat, percent: percentAffected(stat?.numAffected, stat?.numAtRisk) };
    }),
    termKey: foldText(event.term),
  }));
  // Array#sort is stable: equal system and term keep the record's order.
  return rows.sort(
    (a, b) =>
      compareSystems(a.event.organSystem, b.event.organSystem) ||
      compareValues(a.event.term, b.event.term),
  );
}
