import type { Site, SiteLocation } from './trial-schema';

/** The points of the sites that have one (a city centre each), in the sites' order. */
export function locatedPoints(sites: readonly Site[]): SiteLocation[] {
  return sites.flatMap((site) => (site.location ? [site.location] : []));
}
