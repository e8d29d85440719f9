import { useEffect, useState } from 'react';
import { foldPlaceName } from '@/trial/text-fold';
import type { GazetteerSource } from './gazetteer-source';
import { searchable, type SearchablePlace } from './place-search';

export interface Gazetteer {
  /** Every place loaded so far: the trial's countries first, then the world's large cities. */
  places: readonly SearchablePlace[];
  /** Still loading a file (the place box says so while it finds nothing yet). */
  loading: boolean;
  /** A file that failed, named with what went wrong; the places of the others still serve. */
  errors: readonly Error[];
}

const NOTHING: Gazetteer = { places: [], loading: false, errors: [] };

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

/**
 * The places the box searches, once `wanted` (the box focused, or a link naming a place): the
 * index, then the chunks of the trial's countries (`countries` as the record names them) and
 * world.json's large cities, in parallel; each chunk's places join the list as it arrives, the
 * trial's countries ahead of the world's. A country the gazetteer does not know is skipped: its
 * towns are not offered, its large cities are (world.json).
 */
export function useGazetteer(
  source: GazetteerSource,
  countries: readonly string[],
  wanted: boolean,
): Gazetteer {
  const [gazetteer, setGazetteer] = useState<Gazetteer>(NOTHING);
  const countriesKey = countries.join('\n');
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    const update = (change: (current: Gazetteer) => Gazetteer) => {
      if (live) setGazetteer(change);
    };
    const fail = (error: unknown) =>
      update((current) => ({ ...current, errors: [...current.errors, asError(error)] }));
    update(() => ({ ...NOTHING, loading: true }));
    void (async () => {
      try {
        const index = await source.index();
        const codes = countriesKey
          .split('\n')
          .map((country) => index.names[foldPlaceName(country)])
          .filter((code) => code !== undefined);
        const files = [...new Set(codes), null];
        const loaded: (SearchablePlace[] | undefined)[] = files.map(() => undefined);
        await Promise.all(
          files.map(async (code, at) => {
            try {
              loaded[at] = (await source.chunk(code)).map(searchable);
              const places = loaded.flatMap((list) => list ?? []);
              update((current) => ({ ...current, places }));
            } catch (error) {
              fail(error);
            }
          }),
        );
      } catch (error) {
        fail(error);
      }
      update((current) => ({ ...current, loading: false }));
    })();
    return () => {
      live = false;
    };
  }, [source, countriesKey, wanted]);
  return gazetteer;
}
