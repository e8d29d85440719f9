import { beforeAll, describe, expect, it } from 'vitest';
import { createGazetteerLocator } from '../../scripts/gazetteer';
import { OUR_RECORD_TEXT } from './json-value';
import { readOneTrial } from './read-one-trial';
import { trialSchema, type Trial } from '@/trial/trial-schema';
import { makeContact, makeSite, makeTrial } from './make-trial';

describe('makeTrial', () => {
  // Loading the gazetteer takes about a second: in the hook, not in the test's own time.
  let pipelineTrial: Trial;
  beforeAll(() => {
    pipelineTrial = readOneTrial(OUR_RECORD_TEXT, createGazetteerLocator());
  });

  it('builds a Trial that the Trial schema accepts', () => {
    expect(() => trialSchema.parse(makeTrial())).not.toThrow();
  });

  it('is exactly what the pipeline makes of data/studies/NCT01573923.json now', () => {
    // If this fails, public/data is older than the record or the normalizer: run `npm run data`.
    expect(makeTrial()).toEqual(pipelineTrial);
  });

  it('models NCT01573923 as published', () => {
    const trial = makeTrial();
    expect(trial.nctId).toBe('NCT01573923');
    expect(trial.arms).toHaveLength(2);
    expect(trial.interventions).toHaveLength(2);
    expect(trial.officials).toHaveLength(9);
    expect(trial.sites).toHaveLength(6);
    expect(trial.sites.every((site) => site.country === 'China')).toBe(true);
    expect(trial.sites.flatMap((site) => site.contacts)).toHaveLength(5);
    expect(trial.eligibility.inclusion).toHaveLength(5);
    expect(trial.eligibility.exclusion).toHaveLength(9);
  });

  it('links every arm and intervention both ways, and officials to existing sites', () => {
    const trial = makeTrial();
    const siteIds = new Set(trial.sites.map((site) => site.id));
    for (const arm of trial.arms) {
      for (const id of arm.interventionIds) {
        expect(trial.interventions.find((i) => i.id === id)?.armIds).toContain(arm.id);
      }
    }
    for (const link of trial.officials.flatMap((o) => o.siteLinks)) {
      expect(siteIds.has(link.siteId)).toBe(true);
    }
    expect(siteIds.size).toBe(trial.sites.length);
  });

  it('gives a fresh copy each time: changing one trial or site leaves the next as published', () => {
    const changed = makeTrial();
    changed.sites.pop();
    const site = makeSite();
    site.contacts.push(makeContact());
    expect(makeTrial().sites).toHaveLength(6);
    expect(makeSite().contacts).toEqual([]);
  });

  it('takes overrides, and builds valid single sites', () => {
    const trial = makeTrial({
      hasResults: true,
      sites: [makeSite({ id: 'site-9', city: 'Lanzhou' })],
    });
    expect(trial.hasResults).toBe(true);
    expect(trial.sites).toHaveLength(1);
    expect(() => trialSchema.parse(trial)).not.toThrow();
    const unlocated = makeTrial({
      sites: [makeSite({ location: null, notOnMapReason: 'No coordinates in the record' })],
    });
    expect(() => trialSchema.parse(unlocated)).not.toThrow();
  });
});
