import type { AdverseEventGroup } from '@/trial/results/adverse-events-schema';

/** A group as the tables and the chart name it: its title, or its id when the record gives none. */
export function groupLabel(group: AdverseEventGroup): string {
  return group.title ?? `Group ${group.id} (no title)`;
}
