import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readOneTrial } from '../src/test-support/read-one-trial';
import type { Trial } from '../src/trial/trial-schema';
import { createGazetteerLocator } from './gazetteer';

const FILE = 'data/studies/NCT01573923.json';

function loadTrial(): Trial {
  const text = readFileSync(new URL(`../${FILE}`, import.meta.url), 'utf8');
  return readOneTrial(text, createGazetteerLocator());
}

describe('NCT01573923 (our record) through the whole pipeline', () => {
  const trial = loadTrial();
  const siteIdOf = (city: string): string | undefined =>
    trial.sites.find((site) => site.city === city)?.id;
  const linksOf = (name: string) =>
    trial.officials.find((official) => official.person.name === name)?.siteLinks;

  it('keeps the published facts', () => {
    expect(trial.nctId).toBe('NCT01573923');
    expect(trial.status).toMatchObject({
      overall: 'UNKNOWN',
      lastKnown: null,
      start: { date: '2014-07-31', type: null },
    });
    expect(trial.phases).toEqual(['PHASE1', 'PHASE2']);
    expect(trial.enrollment).toEqual({ count: 320, type: null });
    expect(trial.briefSummary).toContain('four hospitals');
    expect(trial.detailedDescription).toBeNull();
    expect(trial.identifiers).toEqual([
      { id: 'Alliancells-2012-1', kind: 'ORG_STUDY_ID', domain: null, link: null },
    ]);
    expect(trial.relatedTrials.map((related) => related.nctId)).toEqual(['NCT03626090']);
    expect(trial.countries).toEqual(['China']);
  });

  it('locates all 6 sites with the gazetteer, Xi’an in Shaanxi', () => {
    expect(trial.sites).toHaveLength(6);
    expect(trial.sites.every((site) => site.location?.source === 'gazetteer')).toBe(true);
    const xian = trial.sites.find((site) => site.city === 'Xi’an');
    expect(xian?.state).toBe('Shanxi');
    expect(xian?.location?.lat).toBeCloseTo(34.26, 2);
    expect(xian?.location?.lon).toBeCloseTo(108.93, 2);
    expect(trial.warnings).toEqual([
      'site-6 (The 323 Hospital of Chinese People\'s Liberation Army, Xi’an): state "Shanxi" does not match the gazetteer, which has Xi’an only in Shaanxi; placed there',
    ]);
  });

  it('has 9 officials with degrees split and linked to their sites', () => {
    expect(trial.officials).toHaveLength(9);
    expect(trial.officials[0]?.person).toEqual({
      name: 'Xuetao Pei',
      degrees: ['MD', 'PhD'],
      asPublished: 'Xuetao Pei, MD,PhD',
    });
    expect(linksOf('Xun Li')).toEqual([{ siteId: siteIdOf('Lanzhou'), via: 'affiliation' }]);
    expect(linksOf('Hanwei Li')).toEqual([{ siteId: siteIdOf('Beijing'), via: 'affiliation' }]);
    expect(linksOf('Liming Chen')).toEqual([{ siteId: siteIdOf('Shanghai'), via: 'contact' }]);
    expect(linksOf('Jianwei Lu')).toEqual([{ siteId: siteIdOf('Shanghai'), via: 'affiliation' }]);
    expect(linksOf('Liming Wang')).toEqual([{ siteId: siteIdOf('Xi’an'), via: 'affiliation' }]);
    expect(linksOf('Xuetao Pei')).toEqual([]);
    expect(
      trial.officials.find((official) => official.person.name === 'Liming Chen')?.affiliation,
    ).toBe('ongji Hospital of Tongji University');
  });

  it('links arms and interventions', () => {
    expect(trial.arms.map((arm) => [arm.label, arm.type, arm.interventionIds])).toEqual([
      ['Conventional therapy', 'SHAM_COMPARATOR', ['intervention-2']],
      ['mesenchymal stem cells', 'ACTIVE_COMPARATOR', ['intervention-1']],
    ]);
    expect(trial.interventions.map((item) => [item.name, item.armIds])).toEqual([
      ['mesenchymal stem cells', ['arm-2']],
      ['Conventional therapy', ['arm-1']],
    ]);
    expect(trial.arms[1]?.description).toContain('4x107/40ml');
  });

  it('splits eligibility into 5 inclusion and 9 exclusion criteria', () => {
    expect(trial.eligibility.inclusion).toHaveLength(5);
    expect(trial.eligibility.exclusion).toHaveLength(9);
    expect(trial.eligibility.other).toEqual([]);
    expect(trial.eligibility).toMatchObject({
      minimumAge: '30 Years',
      maximumAge: '60 Years',
      sex: 'ALL',
      healthyVolunteers: false,
    });
  });

  it('keeps facility contacts with their sites and the two central contacts', () => {
    expect(
      trial.sites.map((site) => site.contacts.map((contact) => contact.person?.asPublished)),
    ).toEqual([
      [],
      ['Xun Li, MD, PhD'],
      ['Jiang Shu'],
      ['Hui Shi, MD'],
      ['Liming Chen, MD, PhD'],
      ['Liming Wang, MD'],
    ]);
    expect(trial.sites[5]?.contacts[0]?.phone).toBe('86-29-84756502');
    expect(trial.centralContacts.map((contact) => contact.phone)).toEqual([
      '86-10-68214650',
      '86-10-63188853',
    ]);
  });
});
