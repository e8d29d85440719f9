/**
 * Where the gazetteer's files are (src/trial/gazetteer-format.ts has their format): names the
 * page's first chunk may hold without the format's schemas (zod).
 */
export const GAZETTEER_DIR = 'data/gazetteer';
export const GAZETTEER_INDEX_FILE = 'index.json';
export const GAZETTEER_WORLD_FILE = 'world.json';

/** The file of one country's places (`code`: ISO alpha-2), or null for world.json. */
export const gazetteerChunkFile = (code: string | null): string =>
  code === null ? GAZETTEER_WORLD_FILE : `${code}.json`;

/** A trial's map places (map-places-format.ts), beside its map picture. */
export const mapPlacesFile = (nctId: string): string => `data/maps/${nctId}.places.json`;
