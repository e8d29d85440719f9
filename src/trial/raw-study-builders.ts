import { ctgovStudySchema, type CtgovStudy } from './ctgov-schema';

/**
 * Small builders of raw ClinicalTrials.gov API v2 records for tests: a minimal valid
 * study plus the modules a test cares about. They return plain JSON values (what a
 * file holds), so tests can also break them on purpose.
 */

export type JsonObject = Record<string, unknown>;

/** A minimal valid study; `modules` are merged into protocolSection, `top` into the record. */
export function rawStudy(modules: JsonObject = {}, top: JsonObject = {}): JsonObject {
  return {
    protocolSection: {
      identificationModule: { nctId: 'NCT00000001', briefTitle: 'A test study' },
      statusModule: { overallStatus: 'RECRUITING' },
      ...modules,
    },
    hasResults: false,
    ...top,
  };
}

export function rawLocation(overrides: JsonObject = {}): JsonObject {
  return { facility: 'Test Hospital', city: 'Testville', country: 'Testland', ...overrides };
}

export function rawStudyWithLocations(locations: unknown[], more: JsonObject = {}): JsonObject {
  return rawStudy({ contactsLocationsModule: { locations, ...more } });
}

/** Parses a built record with the CT.gov schema (throws if the builder made something invalid). */
export function parsedStudy(raw: unknown): CtgovStudy {
  return ctgovStudySchema.parse(raw);
}
