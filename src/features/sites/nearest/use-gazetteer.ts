import { useEffect, useState } from 'react';
import { foldPlaceName } from '@/trial/text-fold';
import type { GazetteerSource } from './gazetteer-source';
import { searchable, type PlaceLists } from './place-search';

export interface Gazetteer {
  /**
   * Every place loaded so far, a list a file in the order the files arrived (the search ranks
   * what it finds, so their order does not matter; a list joins without copying the others).
   */
  lists: PlaceLists;
  /** Still loading a file (the place box says so while it finds nothing yet). */
  loading: boolean;
  /** A file that failed, named with what went wrong; the places of the others still serve. */
  errors: readonly Error[];
}

/** What the loads for one set of countries have given. */
interface Loaded {
  countriesKey: string;
  lists: PlaceLists;
  errors: readonly Error[];
  done: boolean;
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

/**
 * The places the box searches, once `wanted` (the box focused, or a link naming a place): the
 * index, then the chunks of the trial's countries (`countries` as the record names them) and
 * world.json's large cities, in parallel; each chunk's places join as it arrives. A country the
 * gazetteer does not know is skipped: its towns are not offered, its large cities are
 * (world.json). What is loading is derived from what has arrived for these countries.
 */
export function useGazetteer(
  source: GazetteerSource,
  countries: readonly string[],
  wanted: boolean,
): Gazetteer {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const countriesKey = countries.join('\n');
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    const update = (change: (current: Loaded) => Loaded) => {
      if (!live) return;
      setLoaded((current) =>
        change(
          current?.countriesKey === countriesKey
            ? current
            : { countriesKey, lists: [], errors: [], done: false },
        ),
      );
    };
    const fail = (error: unknown) =>
      update((current) => ({ ...current, errors: [...current.errors, asError(error)] }));
    void (async () => {
      try {
        const index = await source.index();
        const codes = countriesKey
          .split('\n')
          .map((country) => index.names[foldPlaceName(country)])
          .filter((code) => code !== undefined);
        await Promise.all(
          [...new Set(codes), null].map(async (code) => {
            try {
              const list = (await source.chunk(code)).map(searchable);
              update((current) => ({ ...current, lists: [...current.lists, list] }));
            } catch (error) {
              fail(error);
            }
          }),
        );
      } catch (error) {
        fail(error);
      }
      update((current) => ({ ...current, done: true }));
    })();
    return () => {
      live = false;
    };
  }, [source, countriesKey, wanted]);
  if (loaded?.countriesKey !== countriesKey) return { lists: [], loading: wanted, errors: [] };
  return { lists: loaded.lists, loading: !loaded.done, errors: loaded.errors };
}
