import { describe, expect, it } from 'vitest';
import { ctgovStudySchema } from './ctgov-schema';
import { rawLocation, rawStudy, rawStudyWithLocations } from './raw-study-builders';
import { salvageParse } from './salvage-parse';

const parseStudy = (value: unknown) => salvageParse(ctgovStudySchema, value);

function problemsOf(value: unknown) {
  return parseStudy(value).problems;
}

describe('the CT.gov study schema, salvage-parsed (keeping what is valid)', () => {
  it('accepts a minimal record and ignores unknown keys', () => {
    const result = parseStudy(
      rawStudy({ oversightModule: { oversightHasDmc: true } }, { derivedSection: {} }),
    );
    expect(result).toMatchObject({ ok: true, problems: [] });
  });

  it('reports a wrong enum code with the allowed codes and the value received', () => {
    expect(problemsOf(rawStudy({ statusModule: { overallStatus: 'FOO' } }))).toEqual([
      {
        path: 'protocolSection.statusModule.overallStatus',
        message:
          'expected one of RECRUITING, NOT_YET_RECRUITING, ENROLLING_BY_INVITATION, ACTIVE_NOT_RECRUITING, ' +
          'SUSPENDED, TERMINATED, COMPLETED, WITHDRAWN, UNKNOWN, AVAILABLE, NO_LONGER_AVAILABLE, ' +
          'TEMPORARILY_NOT_AVAILABLE, APPROVED_FOR_MARKETING, WITHHELD; got "FOO"',
      },
    ]);
  });

  it('reports a coordinate given as text, and a partial date out of range', () => {
    const raw = rawStudy({
      statusModule: { overallStatus: 'COMPLETED', startDateStruct: { date: '2014-13' } },
      contactsLocationsModule: {
        locations: [rawLocation({ geoPoint: { lat: '34.2', lon: 108 } })],
      },
    });
    expect(problemsOf(raw)).toEqual([
      {
        path: 'protocolSection.statusModule.startDateStruct.date',
        message: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "2014-13"',
      },
      {
        path: 'protocolSection.contactsLocationsModule.locations[0].geoPoint.lat',
        message: 'expected a number, got "34.2"',
      },
    ]);
  });

  it('quotes at most 60 characters of a value', () => {
    const [problem] = problemsOf(rawStudy({ statusModule: { overallStatus: 'x'.repeat(100) } }));
    expect(problem?.message).toMatch(/; got "x{60}…"$/);
  });

  it('cannot read a record without protocolSection or identificationModule', () => {
    expect(parseStudy({ hasResults: false })).toEqual({
      ok: false,
      problems: [
        { path: 'protocolSection', message: 'required, but missing (expected an object)' },
      ],
    });
    expect(parseStudy({ protocolSection: { statusModule: {} } })).toEqual({
      ok: false,
      problems: [
        {
          path: 'protocolSection.identificationModule',
          message: 'required, but missing (expected an object)',
        },
      ],
    });
  });

  it('keeps a record whose lists have invalid items, with holes where they were', () => {
    const result = parseStudy(rawStudyWithLocations([rawLocation(), 42]));
    expect(result.ok && result.data.protocolSection.contactsLocationsModule?.locations).toEqual([
      rawLocation(),
      undefined,
    ]);
  });
});
