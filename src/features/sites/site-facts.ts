import type { Site } from '@/trial/trial-schema';
import type { OverallStatus } from '@/trial/vocabulary';

export interface StatusCount {
  /** null: the record gives this site no status. */
  status: OverallStatus | null;
  count: number;
}

/** Site counts per status, in order of first appearance in the record (statusless sites last). */
export function countSiteStatuses(sites: readonly Site[]): StatusCount[] {
  const counts = new Map<OverallStatus | null, number>();
  for (const site of sites) counts.set(site.status, (counts.get(site.status) ?? 0) + 1);
  const missing = counts.get(null);
  counts.delete(null);
  const result = [...counts].map(([status, count]) => ({ status, count }));
  return missing ? [...result, { status: null, count: missing }] : result;
}
