import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { mapPlacesFile } from '../src/trial/gazetteer-files';
import { mapPlacesFileSchema, type MapPlace } from '../src/trial/map-places-format';
import { TRIAL_SCHEMA_VERSION } from '../src/trial/trial-format';
import type { Trial } from '../src/trial/trial-schema';
import { loadCities } from './gazetteer-data';
import { mapPlacesFor } from './map-places';

const PLACES_SUFFIX = '.places.json';

/**
 * `npm run data`, after the trials: each trial's map places, <outDir>/maps/<nctId>.places.json
 * (scripts/map-places.ts chooses them), checked by the schema the page parses them with; returns
 * them by NCT id (the map pictures name them too). Files of trials no longer built are removed.
 */
export async function writeMapPlaces(
  outDir: string,
  trials: readonly Trial[],
): Promise<Map<string, MapPlace[]>> {
  const mapsDir = join(outDir, 'maps');
  await mkdir(mapsDir, { recursive: true });
  const stale = (await readdir(mapsDir)).filter((name) => name.endsWith(PLACES_SUFFIX));
  await Promise.all(stale.map((name) => rm(join(mapsDir, name))));
  const written = new Map<string, MapPlace[]>();
  if (trials.length === 0) return written;
  const cities = loadCities();
  for (const trial of trials) {
    const file = { schemaVersion: TRIAL_SCHEMA_VERSION, places: mapPlacesFor(trial.sites, cities) };
    written.set(trial.nctId, mapPlacesFileSchema.parse(file));
    await writeFile(join(mapsDir, basename(mapPlacesFile(trial.nctId))), JSON.stringify(file));
  }
  return written;
}
