import type { CtgovLocation } from './ctgov-locations-schema';
import { duplicateContactWarnings, normalizeContact } from './normalize-contacts';
import type { SiteLocator } from './site-locator';
import { siteName } from './site-text';
import type { Site, SiteLocation } from './trial-schema';

/** "site-3 (Hospital X, Lanzhou)": how warnings name a site. */
function describeSite(site: Site): string {
  return `${site.id} (${siteName(site)})`;
}

interface Placement {
  location: SiteLocation | null;
  notOnMapReason: string | null;
  note: string | null;
}

function place(raw: CtgovLocation, locate: SiteLocator): Placement {
  if (raw.geoPoint) {
    return { location: { ...raw.geoPoint, source: 'record' }, notOnMapReason: null, note: null };
  }
  const city = raw.city?.trim();
  if (!city) return { location: null, notOnMapReason: 'record gives no city', note: null };
  const found = locate({
    city,
    state: raw.state?.trim() ?? null,
    country: raw.country?.trim() ?? null,
  });
  if (!found.found) return { location: null, notOnMapReason: found.reason, note: null };
  return {
    location: { lat: found.lat, lon: found.lon, source: 'gazetteer' },
    notOnMapReason: null,
    note: found.note,
  };
}

/** Sites in record order ("site-1" is the first location); unlocated sites are kept, with the reason. */
export function normalizeSites(
  locations: readonly CtgovLocation[],
  locate: SiteLocator,
): { sites: Site[]; warnings: string[] } {
  const warnings: string[] = [];
  const sites = locations.map((raw, index): Site => {
    const { location, notOnMapReason, note } = place(raw, locate);
    const site: Site = {
      id: `site-${index + 1}`,
      facility: raw.facility ?? null,
      city: raw.city ?? null,
      state: raw.state ?? null,
      zip: raw.zip ?? null,
      country: raw.country ?? null,
      status: raw.status ?? null,
      contacts: (raw.contacts ?? []).map(normalizeContact),
      location,
      notOnMapReason,
    };
    if (notOnMapReason !== null)
      warnings.push(`${describeSite(site)}: not on map: ${notOnMapReason}`);
    if (note !== null) warnings.push(`${describeSite(site)}: ${note}`);
    warnings.push(...duplicateContactWarnings(site.contacts, `${describeSite(site)}: contact`));
    return site;
  });
  return { sites, warnings };
}

/** Distinct countries in record order. */
export function siteCountries(sites: readonly Site[]): string[] {
  const countries = sites
    .map((site) => site.country)
    .filter((country): country is string => country !== null);
  return [...new Set(countries)];
}
