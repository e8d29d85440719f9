import { describe, expect, it } from 'vitest';
import { parseStudy, parseStudyText } from './parse-study';
import { rawLocation, rawStudy, rawStudyWithLocations } from './raw-study-builders';

const FILE = 'data/studies/NCT01573923.json';

function problemsOf(value: unknown): string[] {
  const result = parseStudy(value, FILE);
  return result.ok ? [] : result.problems;
}

describe('ctgovStudySchema', () => {
  it('accepts a minimal record and ignores unknown keys', () => {
    const result = parseStudy(
      rawStudy({ oversightModule: { oversightHasDmc: true } }, { derivedSection: {} }),
      FILE,
    );
    expect(result.ok).toBe(true);
  });

  it('reports a wrong enum code with the allowed codes and the value received', () => {
    expect(problemsOf(rawStudy({ statusModule: { overallStatus: 'FOO' } }))).toEqual([
      'data/studies/NCT01573923.json: protocolSection.statusModule.overallStatus: expected one of ' +
        'RECRUITING, NOT_YET_RECRUITING, ENROLLING_BY_INVITATION, ACTIVE_NOT_RECRUITING, SUSPENDED, ' +
        'TERMINATED, COMPLETED, WITHDRAWN, UNKNOWN, AVAILABLE, NO_LONGER_AVAILABLE, ' +
        'TEMPORARILY_NOT_AVAILABLE, APPROVED_FOR_MARKETING, WITHHELD; got "FOO"',
    ]);
  });

  it('reports a wrong enum inside a list with its index', () => {
    const raw = rawStudy({ designModule: { phases: ['PHASE1', 'PHASE9'] } });
    expect(problemsOf(raw)).toEqual([
      'data/studies/NCT01573923.json: protocolSection.designModule.phases[1]: expected one of ' +
        'NA, EARLY_PHASE1, PHASE1, PHASE2, PHASE3, PHASE4; got "PHASE9"',
    ]);
  });

  it('reports a missing protocolSection', () => {
    expect(problemsOf({ hasResults: false })).toEqual([
      'data/studies/NCT01573923.json: protocolSection: required, but missing (expected an object)',
    ]);
  });

  it('reports a missing identificationModule', () => {
    const raw = { protocolSection: { statusModule: { overallStatus: 'COMPLETED' } } };
    expect(problemsOf(raw)).toEqual([
      'data/studies/NCT01573923.json: protocolSection.identificationModule: required, but missing (expected an object)',
    ]);
  });

  it('reports an out-of-range latitude with the exact path and value', () => {
    const locations = [
      rawLocation(),
      rawLocation(),
      rawLocation(),
      rawLocation({ geoPoint: { lat: 912, lon: 10 } }),
    ];
    expect(problemsOf(rawStudyWithLocations(locations))).toEqual([
      'data/studies/NCT01573923.json: protocolSection.contactsLocationsModule.locations[3].geoPoint.lat: expected a number from -90 to 90, got 912',
    ]);
  });

  it('reports a bad partial date and a non-number coordinate', () => {
    const raw = rawStudy({
      statusModule: {
        overallStatus: 'COMPLETED',
        startDateStruct: { date: '2014-13', type: 'ACTUAL' },
      },
      contactsLocationsModule: {
        locations: [rawLocation({ geoPoint: { lat: '34.2', lon: 108 } })],
      },
    });
    expect(problemsOf(raw)).toEqual([
      'data/studies/NCT01573923.json: protocolSection.statusModule.startDateStruct.date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "2014-13"',
      'data/studies/NCT01573923.json: protocolSection.contactsLocationsModule.locations[0].geoPoint.lat: expected a number, got "34.2"',
    ]);
  });

  it('reports every problem of a record, and a bad NCT id', () => {
    const raw = rawStudy({
      identificationModule: { nctId: 'NCT123', briefTitle: 7 },
      designModule: { enrollmentInfo: { count: -3 } },
    });
    expect(problemsOf(raw)).toEqual([
      'data/studies/NCT01573923.json: protocolSection.identificationModule.nctId: expected an NCT id like NCT01234567, got "NCT123"',
      'data/studies/NCT01573923.json: protocolSection.identificationModule.briefTitle: expected a string, got 7',
      'data/studies/NCT01573923.json: protocolSection.designModule.enrollmentInfo.count: expected a count of 0 or more, got -3',
    ]);
  });

  it('truncates long values', () => {
    const long = 'x'.repeat(100);
    expect(problemsOf(rawStudy({ statusModule: { overallStatus: long } }))[0]).toMatch(
      /; got "x{60}…"$/,
    );
  });

  it('reports a record that is not an object', () => {
    expect(problemsOf([1, 2])).toEqual([
      'data/studies/NCT01573923.json: expected an object, got a list',
    ]);
  });

  it('reports a file that is not JSON with the file name', () => {
    expect(parseStudyText('', FILE)).toEqual({
      ok: false,
      problems: ['data/studies/NCT01573923.json: not valid JSON: Unexpected end of JSON input'],
    });
    const broken = parseStudyText('{"protocolSection": }', FILE);
    expect(broken.ok).toBe(false);
    if (!broken.ok)
      expect(broken.problems[0]).toMatch(/^data\/studies\/NCT01573923\.json: not valid JSON: /);
  });
});
