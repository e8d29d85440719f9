import { describe, expect, it } from 'vitest';
import { mostDifferentTerms, percentAffected, statFor } from './adverse-event-percents';
import {
  adverseEventsSchema,
  type AdverseEvent,
  type AdverseEventGroup,
} from './adverse-events-schema';
import { ctgovAdverseEventsModuleSchema } from './ctgov-adverse-events-schema';
import { normalizeAdverseEvents } from './normalize-adverse-events';
import { normalizeCleanly, sampleResultsModule } from './sample-records.test-support';

function group(id: string): AdverseEventGroup {
  const counts = { numAffected: null, numAtRisk: null };
  return { id, title: id, description: null, deaths: counts, serious: counts, other: counts };
}

function event(
  term: string,
  affected: Record<string, [number | null, number | null]>,
  organSystem: string | null = null,
): AdverseEvent {
  return {
    id: `other-${term}`,
    term,
    organSystem,
    sourceVocabulary: null,
    assessmentType: null,
    notes: null,
    stats: Object.entries(affected).map(([groupId, [numAffected, numAtRisk]]) => ({
      groupId,
      numEvents: null,
      numAffected,
      numAtRisk,
    })),
  };
}

const A = group('EG000');
const B = group('EG001');

describe('percentAffected', () => {
  it('is 100 × affected / at risk', () => {
    expect(percentAffected(3, 20)).toBe(15);
    expect(percentAffected(0, 158)).toBe(0);
    expect(percentAffected(1, 3)).toBeCloseTo(33.333, 3);
  });

  it('is null when nobody was at risk or a count is missing', () => {
    expect(percentAffected(0, 0)).toBeNull();
    expect(percentAffected(2, null)).toBeNull();
    expect(percentAffected(null, 10)).toBeNull();
    expect(percentAffected(undefined, undefined)).toBeNull();
  });
});

describe('statFor', () => {
  it("gives the group's stat, or null when the record gives none for it", () => {
    const nausea = event('Nausea', { EG001: [2, 10] });
    expect(statFor(nausea, 'EG001')?.numAffected).toBe(2);
    expect(statFor(nausea, 'EG000')).toBeNull();
  });
});

describe('mostDifferentTerms', () => {
  it('orders NCT02552212 other events by the largest difference in percent affected', () => {
    const { groups, otherEvents } = normalizeCleanly(
      ctgovAdverseEventsModuleSchema,
      normalizeAdverseEvents,
      adverseEventsSchema,
      sampleResultsModule('NCT02552212', 'adverseEventsModule'),
    );
    const top = mostDifferentTerms(otherEvents, groups, 3);
    // Headache: 3/20 = 15% (CZP->OL CZP) against 0/96 = 0% (Placebo->OL CZP).
    expect(top.map((row) => row.event.term)).toEqual([
      'Headache',
      'Nasopharyngitis',
      'Upper respiratory tract infection',
    ]);
    expect(top[0]?.difference).toBe(15);
    expect(top[0]?.percents.map((row) => row.groupId)).toEqual(groups.map((g) => g.id));
    expect(top[0]?.percents[3]).toEqual({ groupId: 'EG003', percent: 15 });
    expect(top[1]?.difference).toBeCloseTo(100 * (21 / 159), 9);
    expect(mostDifferentTerms(otherEvents, groups, 20)).toHaveLength(9);
  });

  it('keeps a missing stat missing: the difference is over the groups that have one', () => {
    const rows = mostDifferentTerms(
      [event('Rash', { EG001: [1, 10] }), event('Cough', { EG001: [3, 10], EG000: [1, 10] })],
      [A, B],
      5,
    );
    expect(rows.map((row) => [row.event.term, row.difference])).toEqual([
      ['Cough', 20],
      ['Rash', null],
    ]);
    // Percents follow the groups' order, whatever the order of the record's stats.
    expect(rows.map((row) => row.percents)).toEqual([
      [
        { groupId: 'EG000', percent: 10 },
        { groupId: 'EG001', percent: 30 },
      ],
      [
        { groupId: 'EG000', percent: null },
        { groupId: 'EG001', percent: 10 },
      ],
    ]);
  });

  it('breaks ties by term, then organ system, the same on every run', () => {
    const events = [
      event('Pain', { EG000: [1, 10], EG001: [2, 10] }, 'Nervous system disorders'),
      event('Nausea', { EG000: [2, 10], EG001: [1, 10] }, 'Skin disorders'),
      event('Pain', { EG000: [3, 10], EG001: [2, 10] }, 'Musculoskeletal disorders'),
      event('Fever', { EG000: [0, 0], EG001: [5, 10] }),
    ];
    const order = (list: AdverseEvent[]) =>
      mostDifferentTerms(list, [A, B], 10).map(
        (row) => `${row.event.term} ${row.event.organSystem}`,
      );
    expect(order(events)).toEqual([
      'Nausea Skin disorders',
      'Pain Musculoskeletal disorders',
      'Pain Nervous system disorders',
      'Fever null',
    ]);
    expect(order([...events].reverse())).toEqual(order(events));
  });

  it('gives nothing for n of 0 or less', () => {
    const events = [
      event('Nausea', { EG000: [2, 10], EG001: [1, 10] }),
      event('Cough', { EG000: [2, 10], EG001: [1, 10] }),
    ];
    expect(mostDifferentTerms(events, [A, B], 0)).toEqual([]);
    expect(mostDifferentTerms(events, [A, B], -1)).toEqual([]);
  });
});
