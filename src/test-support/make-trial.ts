import { readFileSync } from 'node:fs';
import type { Contact, Official, Site, Trial } from '@/trial/trial-schema';
import { trialSchema } from '@/trial/trial-schema';

/**
 * Test data for NCT01573923, straight from the pipeline, not a hand-kept copy: `npm run data`
 * (which `npm run test:unit` runs first) reads data/studies/NCT01573923.json, normalizes it,
 * places its sites with the Node gazetteer and writes this file, which is parsed here by the Trial
 * schema as the app parses it. The record gives no geoPoint, so the normalizer alone would leave
 * every site off the map; loading the gazetteer in every test file would cost about a second
 * each. make-trial.test.ts checks the file is what the pipeline makes of the record now.
 * Values the record does not give are null or empty, never made up. Build variations with
 * overrides: `makeTrial({ hasResults: true })`, `makeSite({ status: null })`.
 */
const SEED_TRIAL_FILE = 'public/data/trials/NCT01573923.json';

function readSeedTrial(): Trial {
  let text: string;
  try {
    text = readFileSync(SEED_TRIAL_FILE, 'utf8');
  } catch {
    throw new Error(`${SEED_TRIAL_FILE} is missing: run \`npm run data\` before the unit tests`);
  }
  return trialSchema.parse(JSON.parse(text));
}

const SEED = readSeedTrial();

function first<T>(items: readonly T[], what: string): T {
  const item = items[0];
  if (item === undefined) throw new Error(`${SEED_TRIAL_FILE} has no ${what}`);
  return item;
}

/** A contact that gives only its role (no name, phone or e-mail): add what a test needs. */
export function makeContact(overrides: Partial<Contact> = {}): Contact {
  return { person: null, role: 'CONTACT', phone: null, phoneExt: null, email: null, ...overrides };
}

/** NCT01573923's first site (the Beijing one, which has no contact), with overrides. */
export function makeSite(overrides: Partial<Site> = {}): Site {
  return { ...structuredClone(first(SEED.sites, 'site')), ...overrides };
}

/** NCT01573923's first official (its study chair, linked to no site), with overrides. */
export function makeOfficial(overrides: Partial<Official> = {}): Official {
  return { ...structuredClone(first(SEED.officials, 'official')), ...overrides };
}

/**
 * NCT01573923's six sites, in record order, placed by the gazetteer (city centres; the record
 * has no geoPoint). The Beijing site has no contact; Xi’an keeps the record's "Shanxi".
 */
export const SEED_SITES: readonly Site[] = structuredClone(SEED.sites);

/**
 * NCT01573923's nine officials, in record order, with the site links the normalizer makes
 * (by affiliation, or by a facility contact's name when the affiliation is a typo).
 */
export const SEED_OFFICIALS: readonly Official[] = structuredClone(SEED.officials);

/** A valid Trial (it passes `trialSchema.parse`) with NCT01573923's published values. */
export function makeTrial(overrides: Partial<Trial> = {}): Trial {
  return { ...structuredClone(SEED), ...overrides };
}
