import type { AdverseEvent, AdverseEventGroup, AdverseEventStat } from './adverse-events-schema';

/**
 * Percent affected, for the AE tables and the dot chart: arithmetic on the record's own counts
 * (shown next to them), never a value the record lacks. Pure.
 */

/** 100 × affected / at risk; null when either count is missing or nobody was at risk. */
export function percentAffected(
  affected: number | null | undefined,
  atRisk: number | null | undefined,
): number | null {
  if (affected === null || affected === undefined) return null;
  if (atRisk === null || atRisk === undefined || atRisk <= 0) return null;
  return (100 * affected) / atRisk;
}

/** The record's stat of `event` for group `groupId`, or null when the record gives none. */
export function statFor(event: AdverseEvent, groupId: string): AdverseEventStat | null {
  return event.stats.find((stat) => stat.groupId === groupId) ?? null;
}

export interface TermDifference {
  event: AdverseEvent;
  /** One per group, in the order of `groups`; null where the record gives no figures for it. */
  percents: { groupId: string; percent: number | null }[];
  /** Largest minus smallest percent across groups; null when fewer than two groups have one. */
  difference: number | null;
}

function termDifference(event: AdverseEvent, groups: readonly AdverseEventGroup[]): TermDifference {
  const percents = groups.map((group) => {
    const stat = statFor(event, group.id);
    return { groupId: group.id, percent: percentAffected(stat?.numAffected, stat?.numAtRisk) };
  });
  const known = percents.flatMap(({ percent }) => (percent === null ? [] : [percent]));
  const difference = known.length < 2 ? null : Math.max(...known) - Math.min(...known);
  return { event, percents, difference };
}

/** Code-unit order: the same in Node (prerender) and every browser, unlike a locale collator. */
function compareText(a: string | null, b: string | null): number {
  const left = a ?? '';
  const right = b ?? '';
  if (left === right) return 0;
  return left < right ? -1 : 1;
}

/**
 * The `n` terms whose percent affected differs most between groups (for the dot chart): largest
 * difference first, terms without a difference (fewer than two groups with figures) last; ties
 * by term, then organ system, then record order.
 */
export function mostDifferentTerms(
  events: readonly AdverseEvent[],
  groups: readonly AdverseEventGroup[],
  n: number,
): TermDifference[] {
  if (!(n > 0)) return [];
  return events
    .map((event) => termDifference(event, groups))
    .sort(
      (a, b) =>
        (b.difference ?? -1) - (a.difference ?? -1) ||
        compareText(a.event.term, b.event.term) ||
        compareText(a.event.organSystem, b.event.organSystem),
    )
    .slice(0, Math.floor(n));
}
