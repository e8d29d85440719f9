import { beforeAll, describe, expect, it } from 'vitest';
import { ctgovStudySchema } from '../../src/trial/ctgov-schema';
import { readOneTrialValue } from '../../src/test-support/read-one-trial';
import type { Trial } from '../../src/trial/trial-schema';
import { countryCode } from '../country-codes';
import { createGazetteerLocator } from '../gazetteer';
import { generateSyntheticStudy, type SyntheticStudy } from './generate-study';
import { loadSyntheticPlaces, syntheticStudy } from './load-synthetic';
import { SYNTHETIC_SIZES } from './synthetic-sizes';

const locate = createGazetteerLocator();

function toTrial(study: SyntheticStudy): Trial {
  return readOneTrialValue(study, locate);
}

let study: SyntheticStudy;
let trial: Trial;

beforeAll(() => {
  study = syntheticStudy('large');
  trial = toTrial(study);
}, 60_000);

describe('generateSyntheticStudy', () => {
  it('is deterministic: the same seed gives a deep-equal record, another seed another one', () => {
    const places = loadSyntheticPlaces();
    const spec = SYNTHETIC_SIZES.large;
    expect(generateSyntheticStudy(spec, places)).toEqual(study);
    const other = generateSyntheticStudy(spec, places, spec.seed + 1);
    expect(other).not.toEqual(study);
    expect(other.protocolSection.contactsLocationsModule?.locations).toHaveLength(2000);
  });

  it('is a valid API v2 record that plainly says it is synthetic', () => {
    expect(ctgovStudySchema.safeParse(study).success).toBe(true);
    expect(trial.nctId).toBe('NCT99999001');
    expect(trial.briefTitle).toBe(
      'Synthetic trial (large: 2,000 sites) — generated test data, not a real study',
    );
    expect(trial.briefSummary).toMatch(/^This is not a real study/);
  });

  it('normalizes to the promised counts: sites, officials, arms, ~40 countries', () => {
    expect(trial.sites).toHaveLength(2000);
    expect(trial.officials).toHaveLength(300);
    expect(trial.arms).toHaveLength(12);
    expect(new Set(trial.arms.map((arm) => arm.type)).size).toBe(6);
    expect(
      trial.arms.every((arm) => arm.type === 'NO_INTERVENTION' || arm.interventionIds.length > 0),
    ).toBe(true);
    expect(trial.countries).toHaveLength(40);
    expect(trial.countries.filter((country) => countryCode(country) === null)).toEqual([]);
  });

  it('puts many sites on shared city points, with distinct facility names per city', () => {
    const perPoint = new Map<string, number>();
    for (const site of trial.sites) {
      if (site.location === null) continue;
      const key = `${String(site.location.lat)},${String(site.location.lon)}`;
      perPoint.set(key, (perPoint.get(key) ?? 0) + 1);
    }
    expect(perPoint.size).toBeLessThan(1000);
    expect(Math.max(...perPoint.values())).toBeGreaterThanOrEqual(24);
    const names = trial.sites.map(
      (site) => `${site.country ?? ''}|${site.city ?? ''}|${site.facility ?? ''}`,
    );
    expect(new Set(names).size).toBe(names.length - duplicatesOfInventedTowns(trial));
  });

  it('has sites located by the gazetteer and sites not on the map, each with a reason', () => {
    const fromGazetteer = trial.sites.filter((site) => site.location?.source === 'gazetteer');
    expect(fromGazetteer.length).toBeGreaterThanOrEqual(40);
    const notOnMap = trial.sites.filter((site) => site.location === null);
    expect(notOnMap.length).toBeGreaterThanOrEqual(5);
    for (const site of notOnMap)
      expect(site.notOnMapReason).toMatch(/not found in the gazetteer|gives no city/);
    expect(notOnMap.some((site) => site.notOnMapReason === 'record gives no city')).toBe(true);
  });

  it('mixes site statuses, some sites giving none', () => {
    const statuses = new Set(trial.sites.map((site) => site.status));
    expect(statuses).toContain(null);
    for (const status of [
      'RECRUITING',
      'NOT_YET_RECRUITING',
      'ACTIVE_NOT_RECRUITING',
      'COMPLETED',
      'WITHDRAWN',
    ] as const)
      expect(statuses).toContain(status);
  });

  it('gives hundreds of facility contacts, some without phone or e-mail', () => {
    const contacts = trial.sites.flatMap((site) => site.contacts);
    expect(contacts.length).toBeGreaterThan(500);
    expect(contacts.some((contact) => contact.phone === null)).toBe(true);
    expect(contacts.some((contact) => contact.email === null)).toBe(true);
    expect(trial.sites.some((site) => site.contacts.length === 0)).toBe(true);
  });

  it('gives officials of every role whose affiliations or contacts link them to sites', () => {
    expect(new Set(trial.officials.map((official) => official.role))).toEqual(
      new Set(['STUDY_CHAIR', 'STUDY_DIRECTOR', 'PRINCIPAL_INVESTIGATOR']),
    );
    const links = trial.officials.flatMap((official) => official.siteLinks);
    expect(links.filter((link) => link.via === 'affiliation').length).toBeGreaterThan(150);
    expect(links.some((link) => link.via === 'contact')).toBe(true);
    expect(trial.officials.some((official) => official.siteLinks.length === 0)).toBe(true);
  });

  it('has long eligibility criteria with nested items', () => {
    expect(trial.eligibility.inclusion.length).toBeGreaterThanOrEqual(30);
    expect(trial.eligibility.exclusion).toHaveLength(45);
    expect(trial.eligibility.inclusion.some((criterion) => criterion.level === 1)).toBe(true);
    expect(trial.eligibility.criteriaText?.length).toBeGreaterThan(4000);
  });

  it('normalizes the huge record (10,000 sites)', () => {
    const started = performance.now();
    const huge = toTrial(syntheticStudy('huge'));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`huge: generated and normalized in ${seconds} s`);
    expect(huge.sites).toHaveLength(10000);
    expect(huge.officials).toHaveLength(300);
  }, 120_000);
});

/** Invented towns repeat their one clinic name; every other city's facilities are distinct. */
function duplicatesOfInventedTowns(checked: Trial): number {
  const counts = new Map<string, number>();
  for (const site of checked.sites) {
    if (!site.facility?.endsWith('Community Clinic')) continue;
    const key = `${site.country ?? ''}|${site.city ?? ''}|${site.facility}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.values()].reduce((sum, count) => sum + count - 1, 0);
}
