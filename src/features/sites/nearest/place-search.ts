import type { GazetteerPlace } from '@/trial/gazetteer-format';
import { foldText } from '@/trial/text-fold';

/**
 * The place box's search over the loaded gazetteer chunks: accent- and case-insensitive (foldText).
 * A place matches when its name equals the typed name, begins with it, or has a word that begins
 * with it; those three classes rank in that order, then the most populous first, so "Shanghai"
 * is Shanghai before Shanghang and "San" is San Francisco before a village called San. Text after
 * a comma narrows by region or country: "Springfield, Illinois", "Valencia, Venezuela".
 */

export interface SearchablePlace {
  place: GazetteerPlace;
  /** The name folded, and the start of each of its words in that folded text. */
  key: string;
  wordStarts: readonly number[];
  /** Region and country, folded, for the part after a comma. */
  within: string;
}

const WORD_BREAK = /[\s\-'’(),./]+/g;

function wordStarts(key: string): number[] {
  const starts = [0];
  for (const match of key.matchAll(WORD_BREAK)) starts.push(match.index + match[0].length);
  return starts;
}

export function searchable(place: GazetteerPlace): SearchablePlace {
  const key = foldText(place.name);
  return {
    place,
    key,
    wordStarts: wordStarts(key),
    within: foldText(`${place.region ?? ''} ${place.country}`),
  };
}

/** 0 = the same name, 1 = the name begins with the text, 2 = one of its words does; -1 = no match. */
function matchClass(entry: SearchablePlace, text: string): number {
  if (entry.key === text) return 0;
  if (entry.key.startsWith(text)) return 1;
  for (const start of entry.wordStarts)
    if (start > 0 && entry.key.startsWith(text, start)) return 2;
  return -1;
}

/** How a typed text splits: the place's name, and what must appear in its region or country. */
function readQuery(query: string): { name: string; within: string[] } {
  const [name = '', ...rest] = foldText(query).split(',');
  return {
    name: name.trim().replace(/\s+/g, ' '),
    within: rest.map((part) => part.trim()).filter((part) => part !== ''),
  };
}

/** Places as loaded: a list a gazetteer file (use-gazetteer.ts). */
export type PlaceLists = readonly (readonly SearchablePlace[])[];

/** The place of a ref ("CN-1796236") in the lists, or null. */
export function findPlace(lists: PlaceLists, ref: string): GazetteerPlace | null {
  for (const list of lists) {
    const found = list.find((entry) => entry.place.ref === ref);
    if (found) return found.place;
  }
  return null;
}

/** At most `limit` places for the text typed, best first; the same place (ref) once. */
export function searchPlaces(lists: PlaceLists, query: string, limit = 8): GazetteerPlace[] {
  const { name, within } = readQuery(query);
  if (name === '') return [];
  const hits: { entry: SearchablePlace; rank: number }[] = [];
  for (const list of lists) {
    for (const entry of list) {
      const rank = matchClass(entry, name);
      if (rank < 0) continue;
      if (within.some((part) => !entry.within.includes(part))) continue;
      hits.push({ entry, rank });
    }
  }
  hits.sort(
    (a, b) =>
      a.rank - b.rank ||
      b.entry.place.population - a.entry.place.population ||
      a.entry.key.localeCompare(b.entry.key),
  );
  const seen = new Set<string>();
  const found: GazetteerPlace[] = [];
  for (const { entry } of hits) {
    if (seen.has(entry.place.ref)) continue;
    seen.add(entry.place.ref);
    found.push(entry.place);
    if (found.length === limit) break;
  }
  return found;
}

/**
 * "Lanzhou, Gansu, China": how a suggestion and the chosen place are named; a region of the
 * place's own name is said once ("Shanghai, China").
 */
export function placeLabel(place: GazetteerPlace): string {
  const region =
    place.region !== null && foldText(place.region) !== foldText(place.name) ? place.region : null;
  return [place.name, region, place.country].filter((part) => part !== null).join(', ');
}
