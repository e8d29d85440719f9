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

export function filterSitesByStatus(sites: readonly Site[], status: OverallStatus | null): Site[] {
  return status === null ? [...sites] : sites.filter((site) => site.status === status);
}

/**
 * Groups located sites by their exact point: ClinicalTrials.gov coordinates are city centres,
 * so several sites often share one. Returns each site's index within its group and the group size.
 */
export function groupSharedPoints(sites: readonly Site[]): Map<string, { index: number; size: number }> {
  const groups = new Map<string, string[]>();
  for (const site of sites) {
    if (!site.location) continue;
    const key = `${site.location.lat},${site.location.lon}`;
    const group = groups.get(key);
    if (group) group.push(site.id);
    else groups.set(key, [site.id]);
  }
  const placement = new Map<string, { index: number; size: number }>();
  for (const ids of groups.values()) ids.forEach((id, index) => placement.set(id, { index, size: ids.length }));
  return placement;
}

/**
 * Pixel offset that spreads a group sharing one point on a ring (a spiral for large groups),
 * so every marker stays visible and clickable at every zoom. A lone site sits on its point.
 */
export function spreadOffset(index: number, size: number): [number, number] {
  if (size <= 1) return [0, 0];
  const perRing = 10;
  const ring = Math.floor(index / perRing);
  const inRing = Math.min(perRing, size - ring * perRing);
  const angle = (2 * Math.PI * (index % perRing)) / inRing - Math.PI / 2;
  const radius = 14 + ring * 14;
  return [Math.round(radius * Math.cos(angle)), Math.round(radius * Math.sin(angle))];
}
