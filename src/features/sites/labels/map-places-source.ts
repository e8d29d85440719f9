import { cachedRead } from '@/lib/cached-read';
import { fetchTrialData } from '@/lib/parse-in-worker';
import { mapPlacesFile } from '@/trial/gazetteer-files';
import type { MapPlace } from '@/trial/map-places-format';

const reads = new Map<string, Promise<MapPlace[]>>();
const loaders = new Map<string, () => Promise<MapPlace[]>>();

/**
 * How the map reads a trial's places file (data/maps/<nctId>.places.json) through the data
 * worker: one loader a trial (the same function each time, for the map's effect), its read kept
 * unless it fails. In the page's chunk and handed to the map's: that chunk importing the data
 * reader itself splits the page's first chunk (see nearest/gazetteer-source.ts).
 */
export function mapPlacesOf(nctId: string): () => Promise<MapPlace[]> {
  let loader = loaders.get(nctId);
  if (!loader) {
    const file = mapPlacesFile(nctId);
    loader = () => cachedRead(reads, file, () => fetchTrialData(file, 'mapPlaces'));
    loaders.set(nctId, loader);
  }
  return loader;
}
