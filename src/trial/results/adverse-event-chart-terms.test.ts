import { describe, expect, it } from 'vitest';
import { sampleModule } from '@/test-support/sample-results';
import { chartTerms } from './adverse-event-chart-terms';
import type { AdverseEvent, AdverseEventGroup } from './adverse-events-schema';

function group(id: string): AdverseEventGroup {
  const counts = { numAffected: null, numAtRisk: null };
  return { id, title: id, description: null, deaths: counts, serious: counts, other: counts };
}

function event(id: string, term: string, affected: Record<string, [number, number]>): AdverseEvent {
  return {
    id,
    term,
    organSystem: null,
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

const label = (row: ReturnType<typeof chartTerms>[number]) => `${row.event.term} (${row.kind})`;

describe('chartTerms', () => {
  it('charts NCT02552212 15 most frequent terms of 45, ordered by the largest difference', () => {
    const { groups, seriousEvents, otherEvents } = sampleModule('NCT02552212', 'adverseEvents');
    const rows = chartTerms(seriousEvents, otherEvents, groups);
    // The 9 other terms (all at 5% or more in some group), Constipation (1/20 = 5%), the four
    // serious terms at 1/96 (1.04%), and of the four at 1/158 (0.63%) the first by term.
    expect(rows.map(label)).toEqual([
      'Headache (other)', // 15 points: 3/20 against 0/96
      'Nasopharyngitis (other)',
      'Upper respiratory tract infection (other)',
      'Arthralgia (other)',
      'Axial spondyloarthritis (other)',
      'Diarrhoea (other)',
      'Bronchitis (other)',
      'Cough (other)',
      'Constipation (serious)', // 5 points: 1/20 against 0
      'Blood creatine phosphokinase increased (other)', // 8/159 against 1/96: 3.99 points
      'Cervicobrachial syndrome (serious)',
      'Hydrosalpinx (serious)',
      'Renal colic (serious)',
      'Rotator cuff syndrome (serious)',
      'Abortion spontaneous (serious)',
    ]);
    expect(rows[0]?.highest).toBe(15);
    expect(rows[2]?.highest).toBe(20); // Upper respiratory tract infection: 4/20, the most frequent
    expect(rows.at(-1)?.highest).toBeCloseTo(100 / 158, 9);
  });

  it('leaves out terms nobody had, and terms without any figures', () => {
    const A = group('EG000');
    const B = group('EG001');
    const rows = chartTerms(
      [event('serious-1', 'Sepsis', { EG000: [0, 10], EG001: [0, 12] })],
      [event('other-1', 'Rash', {}), event('other-2', 'Cough', { EG000: [1, 10], EG001: [0, 0] })],
      [A, B],
    );
    expect(rows.map(label)).toEqual(['Cough (other)']);
    expect(rows[0]?.difference).toBeNull();
  });

  it('keeps the same term as serious and as other apart, serious first on a tie', () => {
    const A = group('EG000');
    const B = group('EG001');
    const same = { EG000: [2, 10], EG001: [1, 10] } satisfies Record<string, [number, number]>;
    const rows = chartTerms(
      [event('serious-1', 'Pneumonia', same)],
      [event('other-1', 'Pneumonia', same)],
      [A, B],
    );
    expect(rows.map(label)).toEqual(['Pneumonia (serious)', 'Pneumonia (other)']);
  });

  it('orders by frequency with one group, and stops at the limit', () => {
    const rows = chartTerms(
      [],
      [
        event('other-1', 'Rash', { EG000: [1, 10] }),
        event('other-2', 'Cough', { EG000: [3, 10] }),
        event('other-3', 'Fever', { EG000: [2, 10] }),
      ],
      [group('EG000')],
      2,
    );
    expect(rows.map((row) => [row.event.term, row.highest])).toEqual([
      ['Cough', 30],
      ['Fever', 20],
    ]);
    expect(
      chartTerms([], [event('other-1', 'Rash', { EG000: [1, 10] })], [group('EG000')], 0),
    ).toEqual([]);
  });
});
