import type { Site } from './trial-schema';

/** What a site without a facility name is called, everywhere it is named. */
export const UNNAMED_FACILITY = 'Facility not named';

function joinPresent(parts: readonly (string | null)[]): string {
  return parts.filter((part): part is string => part !== null && part.trim() !== '').join(', ');
}

/** "Facility, City": names a site in a marker, a button, a message. */
export function siteName(site: Site): string {
  return joinPresent([site.facility ?? UNNAMED_FACILITY, site.city]);
}

/** "Facility, City, Country": heads a site's block (facility contacts). */
export function siteHeading(site: Site): string {
  return joinPresent([site.facility ?? UNNAMED_FACILITY, site.city, site.country]);
}

/** "City, Province, Country" with missing parts left out; null when the record gives none. */
export function sitePlace(site: Site): string | null {
  return joinPresent([site.city, site.state, site.country]) || null;
}
