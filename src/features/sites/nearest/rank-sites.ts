import type { Site } from '@/trial/trial-schema';
import { distanceKm, type LatLon } from './distance';

export interface RankedSite {
  site: Site;
  km: number;
}

/** The sites that have a point, nearest first (ties in the record's order); the others apart. */
export function rankSites(
  sites: readonly Site[],
  from: LatLon,
): { ranked: RankedSite[]; unplaced: Site[] } {
  const ranked: RankedSite[] = [];
  const unplaced: Site[] = [];
  for (const site of sites) {
    if (site.location) ranked.push({ site, km: distanceKm(from, site.location) });
    else unplaced.push(site);
  }
  ranked.sort((a, b) => a.km - b.km);
  return { ranked, unplaced };
}

/** The nearest site that is recruiting now, and the nearest of any status. */
export function nearestSites(ranked: readonly RankedSite[]): {
  recruiting: RankedSite | null;
  any: RankedSite | null;
} {
  return {
    recruiting: ranked.find((entry) => entry.site.status === 'RECRUITING') ?? null,
    any: ranked[0] ?? null,
  };
}
