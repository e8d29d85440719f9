import { describe, expect, it } from 'vitest';
import { rawLocation, rawStudy, rawStudyWithLocations } from './raw-study-builders';
import {
  MAX_RECORD_BYTES,
  readRecordText,
  readRecordValue,
  sizeRefusal,
  type RecordReading,
} from './read-record';
import { EXPECTED } from './record-kind';
import { createUnavailableLocator } from './site-locator';
import { RECORD_MODULES } from './trial-schema';
import { OFFICIAL_ROLES, OVERALL_STATUSES } from './vocabulary';
import { OUR_RECORD_TEXT as OUR_RECORD } from '@/test-support/json-value';

/** Every bad-input class a user can bring, with the exact message they read. */
const options = { locate: createUnavailableLocator('no gazetteer in tests') };

function refusal(text: string): string {
  const reading = readRecordText(text, options);
  return reading.ok ? 'read' : reading.message;
}
function refusalOf(value: unknown): string {
  const reading = readRecordValue(value, options);
  return reading.ok ? 'read' : reading.message;
}
function onlyStudy(reading: RecordReading) {
  if (!reading.ok || reading.studies.length !== 1 || !reading.studies[0])
    throw new Error('expected one study');
  return reading.studies[0];
}

describe('files that are not JSON', () => {
  it('an empty file', () => {
    expect(refusal('')).toBe('the file is empty: expected a ClinicalTrials.gov study in JSON');
    expect(refusal(' \n ')).toBe('the file is empty: expected a ClinicalTrials.gov study in JSON');
  });

  it('broken JSON: line and column, and what was expected', () => {
    expect(refusal('{"protocolSection": {\n  "a": 1\n  "b": 2}}')).toBe(
      "not valid JSON: line 3, column 3: expected ',' or '}' after a property value, found '\"'",
    );
  });

  it('truncated JSON: where it stops, and that the file looks cut short', () => {
    expect(refusal(OUR_RECORD.slice(0, 5000))).toBe(
      'the JSON stops at line 132, column 82 before it is complete (5 objects or lists are still open): the file looks cut short; download it again',
    );
  });

  it('other formats by their first bytes', () => {
    expect(refusal('<!DOCTYPE html><html><body>Study</body></html>')).toBe(
      "this is an HTML page, not JSON: save the study's JSON from https://clinicaltrials.gov/api/v2/studies/<NCT id>, not the web page",
    );
    expect(refusal('<?xml version="1.0"?><clinical_study/>')).toBe(
      "this is XML, not JSON (the retired classic API served XML): download the study's JSON from https://clinicaltrials.gov/api/v2/studies/<NCT id>",
    );
    expect(refusal('%PDF-1.7\n...')).toBe('this is a PDF document, not JSON');
    expect(refusal('PK\u0003\u0004rest')).toBe(
      'this is a ZIP archive, not JSON: unpack it and open the .json files inside',
    );
    expect(refusal('NCT Number,Study Title,Study URL\nNCT01573923,Safety,https://x\n')).toBe(
      'this is a CSV or TSV table (a ClinicalTrials.gov search export), not JSON: download the studies as JSON from https://clinicaltrials.gov/api/v2/studies/<NCT id>',
    );
  });

  it('a byte-order mark before the JSON is ignored', () => {
    expect(onlyStudy(readRecordText(`\uFEFF${OUR_RECORD}`, options)).ok).toBe(true);
  });

  it('a file above the size limit is refused before it is read', () => {
    expect(sizeRefusal(MAX_RECORD_BYTES)).toBeNull();
    expect(sizeRefusal(62 * 1024 * 1024)).toBe(
      'the file is 62.0 MB; records up to 50.0 MB are read',
    );
  });
});

describe('JSON that is not a study', () => {
  it('an empty object, a number, a string', () => {
    expect(refusalOf({})).toBe(`an empty object {}; ${EXPECTED}`);
    expect(refusalOf(42)).toBe(`the file holds 42, not an object; ${EXPECTED}`);
    expect(refusalOf('NCT01573923')).toBe(
      `the file holds "NCT01573923", not an object; ${EXPECTED}`,
    );
    expect(refusalOf(null)).toBe(`the file holds null, not an object; ${EXPECTED}`);
  });

  it("the retired classic API's FullStudiesResponse, with the API v2 address of its study", () => {
    const classic = {
      FullStudiesResponse: {
        APIVrs: '1.01.05',
        FullStudies: [
          {
            Rank: 1,
            Study: { ProtocolSection: { IdentificationModule: { NCTId: 'NCT01573923' } } },
          },
        ],
      },
    };
    expect(refusalOf(classic)).toBe(
      'this is a response of the retired classic ClinicalTrials.gov API (FullStudiesResponse), which API v2 replaced in 2024; download the study from https://clinicaltrials.gov/api/v2/studies/NCT01573923',
    );
    expect(refusalOf({ StudyFieldsResponse: {} })).toBe(
      'this is a response of the retired classic ClinicalTrials.gov API (StudyFieldsResponse), which API v2 replaced in 2024; download the study from https://clinicaltrials.gov/api/v2/studies/<NCT id>',
    );
  });

  it('an AACT database row', () => {
    expect(
      refusalOf({ nct_id: 'NCT01573923', brief_title: 'Safety', overall_status: 'Unknown status' }),
    ).toBe(
      'this looks like a row of the AACT database (snake_case columns such as nct_id, brief_title, overall_status), not an API v2 record; download the study from https://clinicaltrials.gov/api/v2/studies/NCT01573923',
    );
  });

  it("the explorer's own prebuilt trial file", () => {
    expect(refusalOf({ schemaVersion: 2, nctId: 'NCT01573923', sites: [] })).toBe(
      "this is one of the explorer's own prebuilt trial files (public/data/trials), not a ClinicalTrials.gov record; open the record it was built from",
    );
  });

  it("the explorer's own prebuilt results file", () => {
    expect(refusalOf({ schemaVersion: 3, nctId: 'NCT02552212', results: {} })).toBe(
      "this is one of the explorer's own prebuilt results files (public/data/results), not a ClinicalTrials.gov record; open the record it was built from",
    );
  });

  it('any other object: its keys', () => {
    expect(refusalOf({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8 })).toBe(
      `an object with the keys "a", "b", "c", "d", "e", "f" and 2 more but no "protocolSection"; ${EXPECTED}`,
    );
  });

  it('an empty search response or list', () => {
    expect(refusalOf({ studies: [] })).toBe('studies is empty: there is no study in it');
    expect(refusalOf([])).toBe('the list is empty: there is no study in it');
  });
});

describe('search responses and lists', () => {
  it('reads each study on its own, naming where a bad one sits', () => {
    const reading = readRecordValue(
      {
        studies: [
          JSON.parse(OUR_RECORD),
          {},
          5,
          rawStudy({ identificationModule: { nctId: 'NCT123' } }),
        ],
        nextPageToken: 'x',
      },
      options,
    );
    if (!reading.ok) throw new Error(reading.message);
    expect(reading.studies.map((study) => [study.pathInFile, study.ok])).toEqual([
      ['studies[0]', true],
      ['studies[1]', false],
      ['studies[2]', false],
      ['studies[3]', false],
    ]);
    expect(reading.studies.slice(1).map((study) => (study.ok ? [] : study.problems))).toEqual([
      [{ path: '', message: `an empty object {}; ${EXPECTED}` }],
      [{ path: '', message: `5 is not a study; ${EXPECTED}` }],
      [
        {
          path: 'protocolSection.identificationModule.nctId',
          message: 'expected an NCT id like NCT01234567, got "NCT123"',
        },
      ],
    ]);
  });
});

describe('studies with modules missing', () => {
  it('keeps what is there and names the modules that are not', () => {
    const study = onlyStudy(
      readRecordValue(
        { protocolSection: { identificationModule: { nctId: 'NCT00000009' } } },
        options,
      ),
    );
    if (!study.ok) throw new Error('expected a trial');
    expect(study.trial).toMatchObject({
      nctId: 'NCT00000009',
      briefTitle: null,
      status: { overall: null, start: null },
      arms: [],
      sites: [],
      recordProblems: [],
    });
    expect(study.trial.missingModules).toEqual([...RECORD_MODULES]);
  });

  it('cannot read a study without an NCT id', () => {
    const study = onlyStudy(
      readRecordValue({ protocolSection: { identificationModule: {} } }, options),
    );
    expect(study).toEqual({
      ok: false,
      pathInFile: '',
      problems: [
        {
          path: 'protocolSection.identificationModule.nctId',
          message: 'required, but missing (expected a string)',
        },
      ],
    });
  });
});

describe('invalid values', () => {
  it('are left out with their JSON path while the rest of the trial is read', () => {
    const raw = rawStudy({
      statusModule: { overallStatus: 'RECRUITING', startDateStruct: { date: '2014-13-45' } },
      designModule: { enrollmentInfo: { count: -3 }, phases: ['PHASE1', 'PHASE9'] },
      contactsLocationsModule: {
        locations: [
          rawLocation(),
          rawLocation({ status: 'OPEN' }),
          rawLocation(),
          rawLocation({ geoPoint: { lat: 912, lon: 10 } }),
        ],
        overallOfficials: [{ name: 'Ann Lee', role: 'BOSS' }],
      },
    });
    const study = onlyStudy(readRecordValue(raw, options));
    if (!study.ok) throw new Error('expected a trial');
    const { trial } = study;
    // In the schema's order: status, design, then contacts and locations.
    expect(trial.recordProblems).toEqual([
      {
        path: 'protocolSection.statusModule.startDateStruct.date',
        message: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "2014-13-45"',
      },
      {
        path: 'protocolSection.designModule.phases[1]',
        message: 'expected one of NA, EARLY_PHASE1, PHASE1, PHASE2, PHASE3, PHASE4; got "PHASE9"',
      },
      {
        path: 'protocolSection.designModule.enrollmentInfo.count',
        message: 'expected a count of 0 or more, got -3',
      },
      {
        path: 'protocolSection.contactsLocationsModule.overallOfficials[0].role',
        message: `expected one of ${OFFICIAL_ROLES.join(', ')}; got "BOSS"`,
      },
      {
        path: 'protocolSection.contactsLocationsModule.locations[1].status',
        message: `expected one of ${OVERALL_STATUSES.join(', ')}; got "OPEN"`,
      },
      {
        path: 'protocolSection.contactsLocationsModule.locations[3].geoPoint.lat',
        message: 'expected a number from -90 to 90, got 912',
      },
    ]);
    expect(trial.status).toMatchObject({ overall: 'RECRUITING', start: null });
    expect(trial.enrollment).toBeNull();
    expect(trial.phases).toEqual(['PHASE1']);
    expect(trial.officials.map((official) => [official.person.name, official.role])).toEqual([
      ['Ann Lee', null],
    ]);
    expect(trial.sites.map((site) => [site.id, site.status])).toEqual([
      ['site-1', null],
      ['site-2', null],
      ['site-3', null],
      ['site-4', null],
    ]);
    expect(trial.sites[3]?.notOnMapReason).toBe(
      "the record's coordinates are invalid (lat: expected a number from -90 to 90, got 912)",
    );
  });

  it('an invalid list item leaves a gap, so later items keep the ids of their record positions', () => {
    const raw = rawStudyWithLocations([
      rawLocation({ facility: 'A' }),
      'not a site',
      rawLocation({ facility: 'C' }),
    ]);
    const study = onlyStudy(readRecordValue(raw, options));
    if (!study.ok) throw new Error('expected a trial');
    expect(study.trial.sites.map((site) => [site.id, site.facility])).toEqual([
      ['site-1', 'A'],
      ['site-3', 'C'],
    ]);
    expect(study.trial.recordProblems).toEqual([
      {
        path: 'protocolSection.contactsLocationsModule.locations[1]',
        message: 'expected an object, got "not a site"',
      },
    ]);
  });

  it('a day that does not exist, a megabyte string, a module of the wrong type', () => {
    const raw = rawStudy({
      statusModule: { overallStatus: 'COMPLETED', completionDateStruct: { date: '2015-02-30' } },
      descriptionModule: { briefSummary: 'x'.repeat(1_048_576) },
      eligibilityModule: 'none',
    });
    const study = onlyStudy(readRecordValue(raw, options));
    if (!study.ok) throw new Error('expected a trial');
    expect(study.trial.recordProblems).toEqual([
      {
        path: 'protocolSection.statusModule.completionDateStruct.date',
        message: 'expected a day that exists in that month, got "2015-02-30"',
      },
      {
        path: 'protocolSection.descriptionModule.briefSummary',
        message: 'expected at most 100,000 characters, got 1,048,576 characters',
      },
      { path: 'protocolSection.eligibilityModule', message: 'expected an object, got "none"' },
    ]);
    expect(study.trial.briefSummary).toBeNull();
    expect(study.trial.missingModules).toContain('eligibilityModule');
    expect(study.trial.missingModules).not.toContain('descriptionModule');
  });
});
