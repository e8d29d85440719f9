import { fetchTrialData } from '@/lib/parse-in-worker';
import { mapPlacesFile } from '@/trial/gazetteer-files';
import type { MapPlace } from '@/trial/map-places-format';

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
    let read: Promise<MapPlace[]> | null = null;
    loader = () => {
      read ??= fetchTrialData(mapPlacesFile(nctId), 'mapPlaces');
      read.catch(() => {
        read = null;
      });
      return read;
    };
    loaders.set(nctId, loader);
  }
  return loader;
}
