import { describe, expect, it } from 'vitest';
import type { AdverseEvent, AdverseEventGroup } from '@/trial/results/adverse-events-schema';
import { filterEventRows, organSystemsOf } from './event-filter';
import { eventRows } from './event-rows';
import { sampleModule } from '@/test-support/sample-results';

function group(id: string): AdverseEventGroup {
  const counts = { numAffected: null, numAtRisk: null };
  return { id, title: id, description: null, deaths: counts, serious: counts, other: counts };
}

function event(id: string, term: string, organSystem: string | null): AdverseEvent {
  return {
    id,
    term,
    organSystem,
    sourceVocabulary: null,
    assessmentType: null,
    notes: null,
    stats: [{ groupId: 'EG001', numEvents: 4, numAffected: 3, numAtRisk: 12 }],
  };
}

describe('eventRows', () => {
  it('orders NCT02552212 serious events by organ system, then term', () => {
    const { seriousEvents, groups } = sampleModule('NCT02552212', 'adverseEvents');
    const rows = eventRows(seriousEvents, groups, 'serious');
    expect(rows.slice(0, 8).map((row) => row.event.term)).toEqual([
      'Glaucoma',
      'Iridocyclitis',
      'Uveitis',
      // The record lists Pancreatitis, Diarrhoea, Constipation, ...
      'Constipation',
      'Diarrhoea',
      'Gastrointestinal obstruction',
      'Inguinal hernia',
      'Pancreatitis',
    ]);
    expect(rows).toHaveLength(36);
    expect(rows[0]?.recordPath).toBe('resultsSection.adverseEventsModule.seriousEvents[0]');
  });

  it('puts terms without an organ system last, keeping record order on a tie', () => {
    const rows = eventRows(
      [
        event('other-1', 'rash', null),
        event('other-2', 'Rash', 'Skin'),
        event('other-3', 'Nausea', 'skin'),
        event('other-4', 'rash', 'Skin'),
      ],
      [group('EG000'), group('EG001')],
      'other',
    );
    expect(rows.map((row) => row.event.id)).toEqual(['other-3', 'other-2', 'other-4', 'other-1']);
  });

  it("gives each group's figures in group order: no stat is null, never 0", () => {
    const [row] = eventRows(
      [event('other-1', 'Rash', null)],
      [group('EG000'), group('EG001')],
      'other',
    );
    expect(row?.figures).toEqual([
      { stat: null, percent: null },
      { stat: { groupId: 'EG001', numEvents: 4, numAffected: 3, numAtRisk: 12 }, percent: 25 },
    ]);
  });
});

describe('filterEventRows', () => {
  const { seriousEvents, otherEvents, groups } = sampleModule('NCT02552212', 'adverseEvents');
  const serious = eventRows(seriousEvents, groups, 'serious');
  const other = eventRows(otherEvents, groups, 'other');
  const terms = (rows: ReturnType<typeof eventRows>) => rows.map((row) => row.event.term);

  it('gives the same rows back without a filter', () => {
    expect(filterEventRows(serious, { system: null, text: '  ' })).toBe(serious);
  });

  it('keeps one organ system', () => {
    const filter = { system: 'Infections and infestations', text: '' };
    expect(terms(filterEventRows(serious, filter))).toEqual([
      'Chronic tonsillitis',
      'Encephalitis',
      'Gastroenteritis rotavirus',
      'Neuroborreliosis',
      'Tuberculosis',
    ]);
    expect(terms(filterEventRows(other, filter))).toEqual([
      'Bronchitis',
      'Nasopharyngitis',
      'Upper respiratory tract infection',
    ]);
  });

  it('matches every typed word anywhere in the term, whatever the case and accents', () => {
    expect(terms(filterEventRows(other, { system: null, text: 'TRACT resp' }))).toEqual([
      'Upper respiratory tract infection',
    ]);
    expect(terms(filterEventRows(serious, { system: null, text: 'DIARRHŒA' }))).toEqual([
      'Diarrhoea',
    ]);
    expect(terms(filterEventRows(serious, { system: null, text: 'mélanoma' }))).toEqual([
      'Malignant melanoma',
      'Malignant melanoma stage I',
    ]);
    expect(terms(filterEventRows(serious, { system: 'Eye disorders', text: 'melanoma' }))).toEqual(
      [],
    );
  });
});

describe('organSystemsOf', () => {
  it('counts the terms of each organ system over both tables', () => {
    const { seriousEvents, otherEvents, groups } = sampleModule('NCT02552212', 'adverseEvents');
    const systems = organSystemsOf(
      eventRows(seriousEvents, groups, 'serious'),
      eventRows(otherEvents, groups, 'other'),
    );
    expect(systems).toHaveLength(17);
    expect(systems.slice(0, 5)).toEqual([
      { system: 'Eye disorders', count: 3 },
      { system: 'Gastrointestinal disorders', count: 6 },
      { system: 'Hepatobiliary disorders', count: 1 },
      { system: 'Immune system disorders', count: 1 },
      { system: 'Infections and infestations', count: 8 },
    ]);
  });
});
