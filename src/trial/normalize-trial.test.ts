import { describe, expect, it } from 'vitest';
import { normalizeStudy } from './normalize-trial';
import { parsedStudy, rawLocation, rawStudy, rawStudyWithLocations } from './raw-study-builders';
import { createUnavailableLocator, type PlaceQuery, type SiteLocator } from './site-locator';
import { trialSchema } from './trial-schema';

/** Knows one city; records what it was asked. */
function fakeLocator(asked: PlaceQuery[] = []): SiteLocator {
  return (place) => {
    asked.push(place);
    return place.city === 'Lanzhou'
      ? { found: true, lat: 36.05, lon: 103.84, note: null }
      : {
          found: false,
          reason: `city "${place.city}" not found in the gazetteer for ${place.country ?? '?'}`,
        };
  };
}

describe('normalizeStudy', () => {
  it('keeps missing values missing and produces a valid Trial', () => {
    const trial = normalizeStudy(parsedStudy(rawStudy()), { locate: fakeLocator() });
    expect(trialSchema.parse(trial)).toEqual(trial);
    expect(trial.officialTitle).toBeNull();
    expect(trial.enrollment).toBeNull();
    expect(trial.status.start).toBeNull();
    expect(trial.eligibility.criteriaText).toBeNull();
    expect(trial.sponsor).toEqual({ lead: null, collaborators: [], responsibleParty: null });
    expect(trial.warnings).toEqual([]);
  });

  it('places sites from geoPoint first, then the locator, and says why a site is not on the map', () => {
    const asked: PlaceQuery[] = [];
    const raw = rawStudyWithLocations([
      rawLocation({ geoPoint: { lat: 1, lon: 2 } }),
      rawLocation({ city: 'Lanzhou', state: 'Gansu', country: 'China' }),
      rawLocation({ facility: 'Clinic', city: 'Foo', country: 'United States' }),
      rawLocation({ city: undefined, facility: undefined }),
    ]);
    const trial = normalizeStudy(parsedStudy(raw), { locate: fakeLocator(asked) });
    expect(trial.sites.map((site) => [site.id, site.location, site.notOnMapReason])).toEqual([
      ['site-1', { lat: 1, lon: 2, source: 'record' }, null],
      ['site-2', { lat: 36.05, lon: 103.84, source: 'gazetteer' }, null],
      ['site-3', null, 'city "Foo" not found in the gazetteer for United States'],
      ['site-4', null, 'record gives no city'],
    ]);
    expect(asked).toEqual([
      { city: 'Lanzhou', state: 'Gansu', country: 'China' },
      { city: 'Foo', state: null, country: 'United States' },
    ]);
    expect(trial.warnings).toEqual([
      'site-3 (Clinic, Foo): not on map: city "Foo" not found in the gazetteer for United States',
      'site-4 (Facility not named): not on map: record gives no city',
    ]);
    expect(trial.countries).toEqual(['Testland', 'China', 'United States']);
  });

  it('places a site whose own coordinates were invalid by city, and says so', () => {
    const raw = rawStudyWithLocations([
      rawLocation({ city: 'Lanzhou', country: 'China' }),
      rawLocation({ city: 'Foo', country: 'China' }),
      rawLocation({ city: undefined }),
    ]);
    const problem = (index: number) => ({
      path: `protocolSection.contactsLocationsModule.locations[${index}].geoPoint.lat`,
      message: 'expected a number from -90 to 90, got 912',
    });
    const trial = normalizeStudy(parsedStudy(raw), { locate: fakeLocator() }, [
      problem(0),
      problem(1),
      problem(2),
    ]);
    const invalid =
      "the record's coordinates are invalid (lat: expected a number from -90 to 90, got 912)";
    expect(trial.sites.map((site) => [site.location?.source ?? null, site.notOnMapReason])).toEqual(
      [
        ['gazetteer', null],
        [null, invalid],
        [null, `${invalid}; record gives no city`],
      ],
    );
    expect(trial.warnings[0]).toBe(
      `site-1 (Test Hospital, Lanzhou): ${invalid}; placed by city instead`,
    );
    expect(trial.recordProblems).toHaveLength(3);
  });

  it('uses the browser locator reason when there is no gazetteer', () => {
    const trial = normalizeStudy(parsedStudy(rawStudyWithLocations([rawLocation()])), {
      locate: createUnavailableLocator('no gazetteer in the browser'),
    });
    expect(trial.sites[0]?.notOnMapReason).toBe('no gazetteer in the browser');
  });

  it('links arms and interventions both ways and warns about names that point nowhere', () => {
    const raw = rawStudy({
      armsInterventionsModule: {
        armGroups: [
          {
            label: 'Drug arm',
            type: 'EXPERIMENTAL',
            interventionNames: ['Drug: Aspirin', 'Drug: Ghost'],
          },
          { label: 'Placebo arm', type: 'PLACEBO_COMPARATOR' },
        ],
        interventions: [
          { type: 'DRUG', name: 'Aspirin' },
          {
            type: 'DRUG',
            name: 'Placebo',
            armGroupLabels: ['Placebo arm', 'Missing arm'],
            otherNames: ['Sugar pill'],
          },
        ],
      },
    });
    const trial = normalizeStudy(parsedStudy(raw), { locate: fakeLocator() });
    expect(trial.arms.map((arm) => [arm.id, arm.interventionIds])).toEqual([
      ['arm-1', ['intervention-1']],
      ['arm-2', ['intervention-2']],
    ]);
    expect(trial.interventions.map((item) => [item.id, item.armIds, item.otherNames])).toEqual([
      ['intervention-1', ['arm-1'], []],
      ['intervention-2', ['arm-2'], ['Sugar pill']],
    ]);
    expect(trial.warnings).toEqual([
      'arm "Drug arm" names intervention "Drug: Ghost", which the record does not list',
      'intervention "Placebo" names arm group "Missing arm", which the record does not list',
    ]);
  });

  it('maps identifiers, related trials, links and duplicate central contacts', () => {
    const raw = rawStudy({
      identificationModule: {
        nctId: 'NCT00000001',
        briefTitle: 'T',
        orgStudyIdInfo: { id: 'ORG-1' },
        secondaryIdInfos: [
          { id: '2015-001894-41', type: 'EUDRACT_NUMBER' },
          { id: 'X', domain: 'IDRCB' },
        ],
      },
      referencesModule: {
        seeAlsoLinks: [
          { label: 'Sister study', url: 'https://clinicaltrials.gov/study/NCT03626090' },
          { url: 'https://www.clinicaltrials.gov/ct2/show/NCT00973089?term=x' },
          { label: 'FDA', url: 'http://www.fda.gov/Safety' },
        ],
      },
      contactsLocationsModule: {
        centralContacts: [
          { name: 'Imanol Otaegui, MD', role: 'CONTACT', phone: '+342746155' },
          { name: 'Imanol Otaegui, MD', role: 'CONTACT' },
        ],
      },
    });
    const trial = normalizeStudy(parsedStudy(raw), { locate: fakeLocator() });
    expect(trial.identifiers).toEqual([
      { id: 'ORG-1', kind: 'ORG_STUDY_ID', domain: null, link: null },
      { id: '2015-001894-41', kind: 'EUDRACT_NUMBER', domain: null, link: null },
      { id: 'X', kind: null, domain: 'IDRCB', link: null },
    ]);
    expect(trial.relatedTrials).toEqual([
      {
        nctId: 'NCT03626090',
        label: 'Sister study',
        url: 'https://clinicaltrials.gov/study/NCT03626090',
      },
      {
        nctId: 'NCT00973089',
        label: null,
        url: 'https://www.clinicaltrials.gov/ct2/show/NCT00973089?term=x',
      },
    ]);
    expect(trial.links).toEqual([{ label: 'FDA', url: 'http://www.fda.gov/Safety' }]);
    expect(trial.centralContacts).toHaveLength(2);
    expect(trial.warnings).toEqual(['central contact "Imanol Otaegui, MD" is listed 2 times']);
  });

  it('takes hasResults from the record, or from a results section when the flag is missing', () => {
    const locate = fakeLocator();
    expect(
      normalizeStudy(parsedStudy(rawStudy({}, { hasResults: true })), { locate }).hasResults,
    ).toBe(true);
    expect(
      normalizeStudy(parsedStudy(rawStudy({}, { hasResults: undefined })), { locate }).hasResults,
    ).toBe(false);
    const withResults = rawStudy({}, { hasResults: undefined, resultsSection: {} });
    expect(normalizeStudy(parsedStudy(withResults), { locate }).hasResults).toBe(true);
  });
});
