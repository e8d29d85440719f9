import { describe, expect, it } from 'vitest';
import { salvageParse } from '../salvage-parse';
import { ctgovMoreInfoModuleSchema } from './ctgov-more-info-schema';
import { moreInfoSchema, type MoreInfo } from './more-info-schema';
import { normalizeMoreInfo } from './normalize-more-info';
import {
  normalizeCleanly,
  sampleResultsModule,
  type SampleResultsRecord,
} from './sample-records.test-support';

const normalized = (raw: unknown): MoreInfo =>
  normalizeCleanly(ctgovMoreInfoModuleSchema, normalizeMoreInfo, moreInfoSchema, raw);

const sample = (nctId: SampleResultsRecord) =>
  normalized(sampleResultsModule(nctId, 'moreInfoModule'));

describe('normalizeMoreInfo on the sample records', () => {
  it('NCT02552212: a restrictive agreement of more than 60 days and the UCB contact', () => {
    expect(sample('NCT02552212')).toEqual({
      limitationsAndCaveats: null,
      certainAgreement: {
        piSponsorEmployee: false,
        restrictiveAgreement: true,
        restrictionType: 'GT60',
        otherDetails: null,
      },
      pointOfContact: {
        title: 'UCB',
        organization: 'Cares',
        email: 'UCBCares@ucb.com',
        phone: '+1844 599',
        phoneExt: '2273',
      },
    });
  });

  it('NCT05594173: investigators employed by the sponsor, no restriction stated', () => {
    const info = sample('NCT05594173');
    expect(info.certainAgreement).toEqual({
      piSponsorEmployee: true,
      restrictiveAgreement: null,
      restrictionType: null,
      otherDetails: null,
    });
    expect(info.pointOfContact).toMatchObject({
      title: 'Catriona Steele',
      organization: 'University Health Network',
      email: 'catriona.steele@uhn.ca',
      phone: '4165973422',
      phoneExt: '7802',
    });
  });
});

describe('normalizeMoreInfo quirks', () => {
  it('is all null for an empty module', () => {
    expect(normalized({})).toEqual({
      limitationsAndCaveats: null,
      certainAgreement: null,
      pointOfContact: null,
    });
  });

  it('removes markdown escapes from text but keeps the email and phone as published', () => {
    const info = normalized({
      limitationsAndCaveats: { description: 'Early termination \\(n \\< 10\\)' },
      certainAgreement: { restrictionType: 'OTHER', otherDetails: 'Sponsor review \\> 90 days' },
      pointOfContact: {
        title: 'Dr\\. Who',
        email: 'first\\_last@example.org',
        phone: '+1 \\(555\\)',
      },
    });
    expect(info.limitationsAndCaveats).toBe('Early termination (n < 10)');
    expect(info.certainAgreement?.otherDetails).toBe('Sponsor review > 90 days');
    expect(info.pointOfContact).toMatchObject({
      title: 'Dr. Who',
      email: 'first\\_last@example.org',
      phone: '+1 \\(555\\)',
    });
  });

  it('reports an invalid value with its path, leaves it out and keeps the rest', () => {
    const parsed = salvageParse(ctgovMoreInfoModuleSchema, {
      certainAgreement: { piSponsorEmployee: 'no', restrictionType: 'LT30' },
      pointOfContact: { email: 'a@b.org', phone: 5551234 },
    });
    if (!parsed.ok) throw new Error('unreadable');
    expect(parsed.problems).toEqual([
      { path: 'certainAgreement.piSponsorEmployee', message: 'expected true or false, got "no"' },
      {
        path: 'certainAgreement.restrictionType',
        message: 'expected one of LTE60, GT60, OTHER; got "LT30"',
      },
      { path: 'pointOfContact.phone', message: 'expected a string, got 5551234' },
    ]);
    const info = normalizeMoreInfo(parsed.data);
    expect(info.certainAgreement).toEqual({
      piSponsorEmployee: null,
      restrictiveAgreement: null,
      restrictionType: null,
      otherDetails: null,
    });
    expect(info.pointOfContact).toMatchObject({ email: 'a@b.org', phone: null });
  });
});
