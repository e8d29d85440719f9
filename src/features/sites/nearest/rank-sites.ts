import type { Site } from '@/trial/trial-schema';
import { distanceKm, type LatLon } from './distance';

export interface RankedSite {
  site: Site;
  km: number;
}

/**
 * The `count` nearest sites that have a point, nearest first (ties in the record's order): one
 * pass keeping the best few, not a sort of every site (10,000 sites: well under a millisecond).
 */
export function nearestSites(
  sites: readonly Site[],
  from: LatLon,
  count: number,
  keep: (site: Site) => boolean = () => true,
): RankedSite[] {
  const best: RankedSite[] = [];
  for (const site of sites) {
    if (!site.location || !keep(site)) continue;
    const km = distanceKm(from, site.location);
    if (best.length === count && km >= (best[count - 1]?.km ?? Infinity)) continue;
    let at = best.length;
    while (at > 0 && (best[at - 1]?.km ?? 0) > km) at -= 1;
    best.splice(at, 0, { site, km });
    if (best.length > count) best.pop();
  }
  return best;
}

/** What the summary card says: the nearest recruiting site, the nearest of any status, and how many have no point. */
export function nearestSummaryOf(
  sites: readonly Site[],
  from: LatLon,
): { recruiting: RankedSite | null; any: RankedSite | null; unplaced: number } {
  return {
    recruiting: nearestSites(sites, from, 1, (site) => site.status === 'RECRUITING')[0] ?? null,
    any: nearestSites(sites, from, 1)[0] ?? null,
    unplaced: sites.filter((site) => !site.location).length,
  };
}
