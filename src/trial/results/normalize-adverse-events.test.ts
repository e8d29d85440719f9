import { beforeAll, describe, expect, it } from 'vitest';
import { salvageParse } from '../salvage-parse';
import { adverseEventsSchema, type AdverseEvents } from './adverse-events-schema';
import { ctgovAdverseEventsModuleSchema } from './ctgov-adverse-events-schema';
import { normalizeAdverseEvents } from './normalize-adverse-events';
import {
  normalizeCleanly,
  sampleResultsModule,
  type SampleResultsRecord,
} from './sample-records.test-support';

const normalized = (raw: unknown): AdverseEvents =>
  normalizeCleanly(
    ctgovAdverseEventsModuleSchema,
    normalizeAdverseEvents,
    adverseEventsSchema,
    raw,
  );

const sampleAdverseEvents = (nctId: SampleResultsRecord): AdverseEvents =>
  normalized(sampleResultsModule(nctId, 'adverseEventsModule'));

describe('normalizeAdverseEvents on NCT02552212', () => {
  let events: AdverseEvents;
  beforeAll(() => {
    events = sampleAdverseEvents('NCT02552212');
  });

  it('has the 5 event groups with deaths, serious and other counts as published', () => {
    expect(events.groups.map((group) => group.title)).toEqual([
      'Placebo (SS)',
      'CZP 200 mg Q2W (SS)',
      'Placebo->OL CZP (SS)',
      'CZP->OL CZP (SS)',
      'SFE OL CZP 200 mg Q2W (SS)',
    ]);
    expect(events.groups[1]).toMatchObject({
      id: 'EG001',
      deaths: { numAffected: 0, numAtRisk: 159 },
      serious: { numAffected: 8, numAtRisk: 159 },
      other: { numAffected: 75, numAtRisk: 159 },
    });
  });

  it('has the 36 serious and 9 other terms, in record order, with their stats', () => {
    expect(events.seriousEvents).toHaveLength(36);
    expect(events.otherEvents).toHaveLength(9);
    expect(events.seriousEvents[0]).toEqual({
      id: 'serious-1',
      term: 'Glaucoma',
      organSystem: 'Eye disorders',
      sourceVocabulary: 'MedDRA19.0',
      assessmentType: 'NON_SYSTEMATIC_ASSESSMENT',
      notes: null,
      stats: [
        { groupId: 'EG000', numEvents: 0, numAffected: 0, numAtRisk: 158 },
        { groupId: 'EG001', numEvents: 1, numAffected: 1, numAtRisk: 159 },
        { groupId: 'EG002', numEvents: 0, numAffected: 0, numAtRisk: 96 },
        { groupId: 'EG003', numEvents: 0, numAffected: 0, numAtRisk: 20 },
        { groupId: 'EG004', numEvents: 0, numAffected: 0, numAtRisk: 243 },
      ],
    });
    const cholelithiasis = events.seriousEvents[8];
    expect(cholelithiasis?.term).toBe('Cholelithiasis');
    // Events and affected differ: 2 events in 1 participant.
    expect(cholelithiasis?.stats[4]).toEqual({
      groupId: 'EG004',
      numEvents: 2,
      numAffected: 1,
      numAtRisk: 243,
    });
    const urti = events.otherEvents[1];
    expect(urti?.id).toBe('other-2');
    expect(urti?.term).toBe('Upper respiratory tract infection');
    expect(urti?.stats[1]).toEqual({
      groupId: 'EG001',
      numEvents: 38,
      numAffected: 30,
      numAtRisk: 159,
    });
  });

  it('keeps the threshold as published text and removes markdown escapes from the description', () => {
    expect(events.frequencyThreshold).toBe('5');
    expect(events.timeFrame).toBe(
      'From Baseline up to the End of Safety Follow-up Extension Period (up to Week 156)',
    );
    expect(events.description).toContain('Placebo-> OL CZP, CZP, CZP->OL CZP and OL CZP');
    expect(events.allCauseMortalityComment).toBeNull();
  });
});

describe('normalizeAdverseEvents on NCT05594173', () => {
  it('has one group, no serious events and one other event with its notes', () => {
    const events = sampleAdverseEvents('NCT05594173');
    expect(events.frequencyThreshold).toBe('0');
    expect(events.groups.map((group) => [group.id, group.title])).toEqual([
      ['EG000', 'Healthy Participants'],
    ]);
    expect(events.seriousEvents).toEqual([]);
    expect(events.otherEvents).toEqual([
      {
        id: 'other-1',
        term: 'Digestive complaints',
        organSystem: 'Gastrointestinal disorders',
        sourceVocabulary: null,
        assessmentType: 'NON_SYSTEMATIC_ASSESSMENT',
        notes: 'Complaints of abdominal discomfort and diarrhea',
        stats: [{ groupId: 'EG000', numEvents: 1, numAffected: 1, numAtRisk: 18 }],
      },
    ]);
  });
});

describe('normalizeAdverseEvents quirks', () => {
  it('keeps a group without a stat absent and a missing count null, never 0', () => {
    const events = normalized({
      eventGroups: [{ id: 'EG000', title: 'A' }, { id: 'EG001' }],
      otherEvents: [
        { term: 'Nausea', stats: [{ groupId: 'EG001', numAffected: 3, numAtRisk: 30 }] },
      ],
    });
    expect(events.otherEvents[0]?.stats).toEqual([
      { groupId: 'EG001', numEvents: null, numAffected: 3, numAtRisk: 30 },
    ]);
    expect(events.groups[1]).toEqual({
      id: 'EG001',
      title: null,
      description: null,
      deaths: { numAffected: null, numAtRisk: null },
      serious: { numAffected: null, numAtRisk: null },
      other: { numAffected: null, numAtRisk: null },
    });
    expect(events.seriousEvents).toEqual([]);
  });

  it('has empty lists and null texts for an empty module', () => {
    expect(normalized({})).toEqual({
      frequencyThreshold: null,
      timeFrame: null,
      description: null,
      allCauseMortalityComment: null,
      groups: [],
      seriousEvents: [],
      otherEvents: [],
    });
  });

  it('removes markdown escapes from terms, titles and notes', () => {
    const events = normalized({
      eventGroups: [{ id: 'EG000', title: 'Placebo-\\>OL CZP' }],
      seriousEvents: [{ term: 'Fall \\(accidental\\)', notes: 'Grade \\>= 3' }],
    });
    expect(events.groups[0]?.title).toBe('Placebo->OL CZP');
    expect(events.seriousEvents[0]).toMatchObject({
      term: 'Fall (accidental)',
      notes: 'Grade >= 3',
    });
  });
});

describe('salvaging the adverse events module', () => {
  it('reports each invalid value with its path, leaves it out and keeps the rest', () => {
    const parsed = salvageParse(ctgovAdverseEventsModuleSchema, {
      frequencyThreshold: 5,
      eventGroups: [{ id: 'EG000', seriousNumAffected: -1, seriousNumAtRisk: 10 }],
      seriousEvents: [
        { term: 'Ok', stats: [{ groupId: 'EG000', numAffected: 1.5, numAtRisk: 10 }] },
        { organSystem: 'No term' },
        { term: 'Coded', assessmentType: 'GUESSED', stats: [{ numAffected: 1 }] },
      ],
    });
    if (!parsed.ok) throw new Error('unreadable');
    expect(parsed.problems).toEqual([
      { path: 'frequencyThreshold', message: 'expected a string, got 5' },
      {
        path: 'eventGroups[0].seriousNumAffected',
        message: 'expected a count of 0 or more, got -1',
      },
      {
        path: 'seriousEvents[0].stats[0].numAffected',
        message: 'expected a whole number, got 1.5',
      },
      { path: 'seriousEvents[1].term', message: 'required, but missing (expected a string)' },
      {
        path: 'seriousEvents[2].assessmentType',
        message: 'expected one of NON_SYSTEMATIC_ASSESSMENT, SYSTEMATIC_ASSESSMENT; got "GUESSED"',
      },
      {
        path: 'seriousEvents[2].stats[0].groupId',
        message: 'required, but missing (expected a string)',
      },
    ]);
    const events = normalizeAdverseEvents(parsed.data);
    expect(events.frequencyThreshold).toBeNull();
    expect(events.groups[0]?.serious).toEqual({ numAffected: null, numAtRisk: 10 });
    expect(events.seriousEvents.map((event) => [event.id, event.term, event.stats])).toEqual([
      [
        'serious-1',
        'Ok',
        [{ groupId: 'EG000', numEvents: null, numAffected: null, numAtRisk: 10 }],
      ],
      // The event without a term is left out; the next keeps its record position.
      ['serious-3', 'Coded', []],
    ]);
    expect(events.seriousEvents[1]?.assessmentType).toBeNull();
  });
});
