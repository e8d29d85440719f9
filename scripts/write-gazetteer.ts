import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  COORDINATE_SCALE,
  gazetteerColumnsSchema,
  gazetteerIndexSchema,
  WORLD_MIN_POPULATION,
  type GazetteerColumns,
  type GazetteerIndex,
} from '../src/trial/gazetteer-format';
import { GAZETTEER_INDEX_FILE, GAZETTEER_WORLD_FILE } from '../src/trial/gazetteer-files';
import { TRIAL_SCHEMA_VERSION } from '../src/trial/trial-format';
import { countryCodesByName, countryDisplayNames } from './country-codes';
import { SKIPPED_FEATURES } from './gazetteer';
import { loadAdmin1Names, loadCities, type GazetteerCity } from './gazetteer-data';

/**
 * `npm run data`, last: the place box's offline gazetteer (format: src/trial/gazetteer-format.ts)
 * in public/data/gazetteer/: a chunk per country, world.json and index.json. Built from the same
 * packages as the site locator, so a site's city and a typed city are the same place.
 */

interface Lookups {
  admin1: ReadonlyMap<string, string>;
  countryNames: ReadonlyMap<string, string>;
}

/** The places as one columnar chunk, in ascending GeoNames id order (ids delta-coded). */
export function encodeGazetteerChunk(
  cities: readonly GazetteerCity[],
  lookups: Lookups,
): GazetteerColumns {
  const sorted = [...cities].sort((a, b) => a.geonameId - b.geonameId);
  const countries: GazetteerColumns['countries'] = [];
  const countryIndex = new Map<string, number>();
  const regions: string[] = [];
  const regionIndex = new Map<string, number>();
  const indexOf = <T>(map: Map<string, number>, list: T[], key: string, value: () => T) => {
    let index = map.get(key);
    if (index === undefined) {
      index = list.push(value()) - 1;
      map.set(key, index);
    }
    return index;
  };
  const chunk: GazetteerColumns = {
    schemaVersion: TRIAL_SCHEMA_VERSION,
    countries,
    regions,
    id: [],
    name: [],
    country: [],
    region: [],
    lat: [],
    lon: [],
    population: [],
  };
  let previousId = 0;
  for (const city of sorted) {
    chunk.id.push(city.geonameId - previousId);
    previousId = city.geonameId;
    chunk.name.push(city.name);
    chunk.country.push(
      indexOf(countryIndex, countries, city.country, () => ({
        code: city.country,
        name: lookups.countryNames.get(city.country) ?? city.country,
      })),
    );
    const regionName = lookups.admin1.get(`${city.country}.${city.adminCode}`);
    chunk.region.push(
      regionName === undefined ? -1 : indexOf(regionIndex, regions, regionName, () => regionName),
    );
    chunk.lat.push(Math.round(city.lat * COORDINATE_SCALE));
    chunk.lon.push(Math.round(city.lon * COORDINATE_SCALE));
    chunk.population.push(city.population);
  }
  return gazetteerColumnsSchema.parse(chunk);
}

/** Cities a reader may pick: named, with a GeoNames id, not historical or abandoned. */
function pickable(cities: readonly GazetteerCity[]): GazetteerCity[] {
  return cities.filter(
    (city) =>
      city.geonameId > 0 && city.name.trim() !== '' && !SKIPPED_FEATURES.has(city.featureCode),
  );
}

export interface GazetteerFiles {
  index: GazetteerIndex;
  /** File name -> its chunk. */
  chunks: Map<string, GazetteerColumns>;
}

export function buildGazetteerFiles(
  cities: readonly GazetteerCity[],
  lookups: Lookups,
  codesByName: ReadonlyMap<string, string>,
): GazetteerFiles {
  const byCountry = new Map<string, GazetteerCity[]>();
  for (const city of pickable(cities)) {
    const list = byCountry.get(city.country);
    if (list === undefined) byCountry.set(city.country, [city]);
    else list.push(city);
  }
  const chunks = new Map<string, GazetteerColumns>();
  const countries: Record<string, number> = {};
  for (const [code, list] of [...byCountry].sort(([a], [b]) => a.localeCompare(b))) {
    chunks.set(`${code}.json`, encodeGazetteerChunk(list, lookups));
    countries[code] = list.length;
  }
  const world = pickable(cities).filter((city) => city.population >= WORLD_MIN_POPULATION);
  chunks.set(GAZETTEER_WORLD_FILE, encodeGazetteerChunk(world, lookups));
  const names: Record<string, string> = {};
  for (const [name, code] of codesByName) if (code in countries) names[name] = code;
  for (const code of Object.keys(countries)) names[code.toLowerCase()] ??= code;
  const index = gazetteerIndexSchema.parse({
    schemaVersion: TRIAL_SCHEMA_VERSION,
    countries,
    worldPlaces: world.length,
    names,
  });
  return { index, chunks };
}

/** Writes <dir>/index.json and every chunk (compact JSON), removing chunks no longer built. */
export async function writeGazetteer(dir: string): Promise<{ files: number }> {
  const { index, chunks } = buildGazetteerFiles(
    loadCities(),
    { admin1: loadAdmin1Names(), countryNames: countryDisplayNames() },
    countryCodesByName(),
  );
  await mkdir(dir, { recursive: true });
  const stale = (await readdir(dir)).filter(
    (name) => name.endsWith('.json') && name !== GAZETTEER_INDEX_FILE && !chunks.has(name),
  );
  await Promise.all(stale.map((name) => rm(join(dir, name))));
  for (const [name, chunk] of chunks) await writeFile(join(dir, name), JSON.stringify(chunk));
  await writeFile(join(dir, GAZETTEER_INDEX_FILE), JSON.stringify(index));
  return { files: chunks.size + 1 };
}
