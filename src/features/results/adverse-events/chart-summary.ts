import { isolateText } from '@/trial/isolate-text';
import type { ChartTerm } from '@/trial/results/adverse-event-chart-terms';
import type { AdverseEventGroup } from '@/trial/results/adverse-events-schema';
import { plural } from '@/trial/count-text';
import { groupLabel } from './group-label';
import { percentText } from './percent-text';

/** "Headache (other event)": a charted term with its kind, isolated (record text in our sentence). */
export function chartTermName(row: ChartTerm): string {
  return `${isolateText(row.event.term)} (${row.kind} event)`;
}

/** The group with the highest (or lowest) percent on a row, the first such in group order. */
function extreme(
  row: ChartTerm,
  groups: readonly AdverseEventGroup[],
  pick: 'max' | 'min',
): { group: AdverseEventGroup; percent: number } | null {
  let best: { group: AdverseEventGroup; percent: number } | null = null;
  for (const [index, { percent }] of row.percents.entries()) {
    const group = groups[index];
    if (percent === null || group === undefined) continue;
    if (best === null || (pick === 'max' ? percent > best.percent : percent < best.percent))
      best = { group, percent };
  }
  return best;
}

function share(found: { group: AdverseEventGroup; percent: number }): string {
  return `${percentText(found.percent)} of ${isolateText(groupLabel(found.group))}`;
}

/**
 * The chart's one sentence, from its numbers: the first charted term (the largest difference
 * between groups) with the groups at its two ends; with one group, the most frequent term.
 */
export function chartSummary(rows: readonly ChartTerm[], groups: readonly AdverseEventGroup[]) {
  const [first] = rows;
  if (first === undefined) return 'No adverse event term has participants affected to chart.';
  const charted = `Of the ${plural(rows.length, 'term')} charted`;
  const high = extreme(first, groups, 'max');
  const low = extreme(first, groups, 'min');
  if (first.difference !== null && high !== null && low !== null) {
    return `${charted}, ${chartTermName(first)} differs most between groups: ${share(high)} against ${share(low)}.`;
  }
  // No differences: the rows are not in frequency order, so find the most frequent (first on a tie).
  const top = rows.reduce((best, row) => (row.highest > best.highest ? row : best), first);
  const topHigh = extreme(top, groups, 'max');
  const most = topHigh === null ? '' : `: ${share(topHigh)}`;
  return groups.length < 2
    ? `${charted}, ${chartTermName(top)} is the most frequent${most}.`
    : `No term charted has figures for more than one group; ${chartTermName(top)} is the most frequent${most}.`;
}
