import type { z } from 'zod';
import {
  gazetteerChunkSchema,
  gazetteerIndexSchema,
  type GazetteerIndex,
  type GazetteerPlace,
} from '@/trial/gazetteer-format';
import { mapPlacesFileSchema, type MapPlace } from '@/trial/map-places-format';
import { resultsFileSchema, type ResultsFile } from '@/trial/results/results-file-schema';
import { catalogSchema, trialSchema, type Catalog, type Trial } from '@/trial/trial-schema';

/**
 * The prebuilt files the page reads through the data worker (parse-in-worker.ts), and the schema
 * that parses each: a trial, the catalog, a trial's results file, the gazetteer's index and its
 * chunks (decoded to places), a trial's map places. The schemas load in the worker;
 * the page imports only the types from here.
 */
export const TRIAL_DATA_KINDS = [
  'trial',
  'catalog',
  'results',
  'gazetteerIndex',
  'gazetteerChunk',
  'mapPlaces',
] as const;
export type TrialDataKind = (typeof TRIAL_DATA_KINDS)[number];

/** What a kind of file is once its schema has parsed it. */
interface TrialDataTypes {
  trial: Trial;
  catalog: Catalog;
  results: ResultsFile;
  gazetteerIndex: GazetteerIndex;
  gazetteerChunk: GazetteerPlace[];
  mapPlaces: MapPlace[];
}
export type TrialDataOf<K extends TrialDataKind> = TrialDataTypes[K];

/** Typed per kind (a mapped type), so a generic kind's schema still parses to its own type. */
export const TRIAL_DATA_SCHEMAS: { [K in TrialDataKind]: z.ZodType<TrialDataOf<K>> } = {
  trial: trialSchema,
  catalog: catalogSchema,
  results: resultsFileSchema,
  gazetteerIndex: gazetteerIndexSchema,
  gazetteerChunk: gazetteerChunkSchema,
  mapPlaces: mapPlacesFileSchema,
};
