import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { BasemapDetail } from '../src/features/sites/basemap-detail';
import { countriesFromTopology } from '../src/features/sites/basemap-topology';
import { mapPictureSvg } from '../src/features/sites/map-picture/map-picture-svg';
import type { MapPlace } from '../src/trial/map-places-format';
import type { Trial } from '../src/trial/trial-schema';

/** The same world-atlas files the live map fetches (Vite bundles them from this package). */
const ATLAS_FILE: Record<BasemapDetail, string> = {
  coarse: 'world-atlas/countries-110m.json',
  fine: 'world-atlas/countries-50m.json',
};

async function readCountries(detail: BasemapDetail): Promise<FeatureCollection> {
  const file = createRequire(import.meta.url).resolve(ATLAS_FILE[detail]);
  const countries = countriesFromTopology(JSON.parse(await readFile(file, 'utf8')));
  if (!countries) throw new Error(`${file}: not the country shapes TopoJSON the map expects`);
  return countries;
}

/**
 * `npm run data`, after the trials: each trial's map picture, <outDir>/maps/<nctId>.svg, what the
 * page shows in the map's box until the live map is drawn (src/features/sites/map-picture/), with
 * the place names of `placesOf` (write-map-places.ts) as the live map shows them.
 * Pictures of trials no longer built are removed.
 */
export async function writeMapPictures(
  outDir: string,
  trials: readonly Trial[],
  placesOf: ReadonlyMap<string, readonly MapPlace[]> = new Map(),
): Promise<void> {
  const mapsDir = join(outDir, 'maps');
  await mkdir(mapsDir, { recursive: true });
  const stale = (await readdir(mapsDir)).filter((name) => name.endsWith('.svg'));
  await Promise.all(stale.map((name) => rm(join(mapsDir, name))));
  if (trials.length === 0) return;
  const countries = { coarse: await readCountries('coarse'), fine: await readCountries('fine') };
  for (const trial of trials) {
    const svg = mapPictureSvg(trial.sites, countries, placesOf.get(trial.nctId) ?? []);
    await writeFile(join(mapsDir, `${trial.nctId}.svg`), svg);
  }
}
