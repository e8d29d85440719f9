import { indexed, present } from './ctgov-fields';
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

/**
 * The record's geoPoint, else the locator's answer by city. `invalidPoint` is the problem of a
 * geoPoint the record had but that was invalid (left out): the locator is still asked, and the
 * reasons say the record's own coordinates were invalid rather than absent.
 */
function place(raw: CtgovLocation, locate: SiteLocator, invalidPoint: string | null): Placement {
  if (raw.geoPoint) {
    return { location: { ...raw.geoPoint, source: 'record' }, notOnMapReason: null, note: null };
  }
  const ownPoint =
    invalidPoint === null ? '' : `the record's coordinates are invalid (${invalidPoint}); `;
  const city = raw.city?.trim();
  if (!city)
    return { location: null, notOnMapReason: `${ownPoint}record gives no city`, note: null };
  const found = locate({
    city,
    state: raw.state?.trim() ?? null,
    country: raw.country?.trim() ?? null,
  });
  // With invalid coordinates of its own, that is the reason; the lookup's failure would only blur it.
  if (!found.found)
    return {
      location: null,
      notOnMapReason:
        invalidPoint === null
          ? found.reason
          : `the record's coordinates are invalid (${invalidPoint})`,
      note: null,
    };
  const notes = [ownPoint && `${ownPoint}placed by city instead`, found.note].filter(Boolean);
  return {
    location: { lat: found.lat, lon: found.lon, source: 'gazetteer' },
    notOnMapReason: null,
    note: notes.length > 0 ? notes.join('; ') : null,
  };
}

/**
 * Sites in record order ("site-4" is locations[3], also when an invalid location before it was
 * left out); unlocated sites are kept, with the reason. `invalidPoint(index)` describes the
 * invalid geoPoint of locations[index], if it had one.
 */
export function normalizeSites(
  locations: readonly (CtgovLocation | undefined)[] | undefined,
  locate: SiteLocator,
  invalidPoint: (index: number) => string | null = () => null,
): { sites: Site[]; warnings: string[] } {
  const warnings: string[] = [];
  const sites = indexed(locations).map(({ item: raw, index }): Site => {
    const { location, notOnMapReason, note } = place(raw, locate, invalidPoint(index));
    const site: Site = {
      id: `site-${index + 1}`,
      facility: raw.facility ?? null,
      city: raw.city ?? null,
      state: raw.state ?? null,
      zip: raw.zip ?? null,
      country: raw.country ?? null,
      status: raw.status ?? null,
      contacts: present(raw.contacts).map(normalizeContact),
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
