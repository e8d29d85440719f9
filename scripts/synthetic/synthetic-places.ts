import { foldPlaceName } from '../../src/trial/text-fold';
import type { GazetteerCity } from '../gazetteer-data';
import { SYNTHETIC_COUNTRIES, type SyntheticCountry } from './synthetic-countries';

/** A city a synthetic site can be in: its GeoNames centre, as ClinicalTrials.gov gives it. */
export interface SyntheticPlace {
  city: string;
  /** Admin-1 name ("California"), for countries whose records give one; otherwise null. */
  state: string | null;
  country: SyntheticCountry;
  lat: number;
  lon: number;
}

/** How many of each country's most populous cities are used. */
export const CITIES_PER_COUNTRY = 20;

/** Populated places only: no sections of a city (PPLX) or historical, abandoned, destroyed places. */
const UNUSED_FEATURES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW']);

function isUsable(city: GazetteerCity): boolean {
  return (
    city.featureCode.startsWith('PPL') &&
    !UNUSED_FEATURES.has(city.featureCode) &&
    !city.name.includes(',')
  );
}

/** GeoNames keeps 5 decimals; CT.gov geoPoints look the same. */
function round5(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}

/**
 * Ties between equally populous cities go by name in UTF-16 code-unit order, the same on every
 * machine (localeCompare follows the machine's locale and its ICU collation).
 */
function byName(a: GazetteerCity, b: GazetteerCity): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * The most populous cities of every synthetic country (ties by name), one per folded name,
 * so the gazetteer finds each of them again from city + country. Deterministic and pure.
 */
export function pickSyntheticPlaces(
  cities: readonly GazetteerCity[],
  admin1: ReadonlyMap<string, string>,
  perCountry = CITIES_PER_COUNTRY,
): Map<string, SyntheticPlace[]> {
  const byIso = new Map<string, GazetteerCity[]>();
  for (const country of SYNTHETIC_COUNTRIES) byIso.set(country.iso, []);
  for (const city of cities) {
    if (isUsable(city)) byIso.get(city.country)?.push(city);
  }
  const places = new Map<string, SyntheticPlace[]>();
  for (const country of SYNTHETIC_COUNTRIES) {
    const ranked = [...(byIso.get(country.iso) ?? [])].sort(
      (a, b) => b.population - a.population || byName(a, b),
    );
    const seen = new Set<string>();
    const chosen: SyntheticPlace[] = [];
    for (const city of ranked) {
      if (chosen.length >= perCountry) break;
      const key = foldPlaceName(city.name);
      if (seen.has(key)) continue;
      seen.add(key);
      chosen.push({
        city: city.name,
        state: country.withState ? (admin1.get(`${city.country}.${city.adminCode}`) ?? null) : null,
        country,
        lat: round5(city.lat),
        lon: round5(city.lon),
      });
    }
    if (chosen.length === 0)
      throw new Error(`no cities found for ${country.name} (${country.iso})`);
    places.set(country.iso, chosen);
  }
  return places;
}
