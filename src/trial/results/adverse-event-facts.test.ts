import { describe, expect, it } from 'vitest';
import { sampleModule } from '@/test-support/sample-results';
import { assessmentSummary, vocabularySummary } from './adverse-event-facts';
import type { AdverseEvent } from './adverse-events-schema';
import type { EventAssessment } from './adverse-events-vocabulary';

function term(
  assessmentType: EventAssessment | null,
  sourceVocabulary: string | null = null,
): AdverseEvent {
  return {
    id: 'other-1',
    term: 'Nausea',
    organSystem: null,
    sourceVocabulary,
    assessmentType,
    notes: null,
    stats: [],
  };
}

function repeat<T>(count: number, item: T): T[] {
  return Array.from({ length: count }, () => item);
}

describe('assessmentSummary', () => {
  it('says NCT02552212 assessed all 45 terms non-systematically', () => {
    const { seriousEvents, otherEvents } = sampleModule('NCT02552212', 'adverseEvents');
    expect(assessmentSummary([...seriousEvents, ...otherEvents])).toBe('Non-systematic assessment');
  });

  it('counts each type where the terms mix them, most first', () => {
    const events = [
      ...repeat(6, term('NON_SYSTEMATIC_ASSESSMENT')),
      ...repeat(30, term('SYSTEMATIC_ASSESSMENT')),
    ];
    expect(assessmentSummary(events)).toBe(
      'Mixed: systematic for 30 terms, non-systematic for 6 terms',
    );
    expect(assessmentSummary([...events, term(null)])).toBe(
      'Mixed: systematic for 30 terms, non-systematic for 6 terms; not given for 1 term',
    );
  });

  it('says which terms a single type covers when others give none, and null when none does', () => {
    expect(assessmentSummary([term('SYSTEMATIC_ASSESSMENT'), term(null), term(null)])).toBe(
      'Systematic assessment for 1 term; not given for 2 terms',
    );
    expect(assessmentSummary([term(null)])).toBeNull();
    expect(assessmentSummary([])).toBeNull();
  });
});

describe('vocabularySummary', () => {
  it('gives NCT02552212 vocabulary as published', () => {
    const { seriousEvents, otherEvents } = sampleModule('NCT02552212', 'adverseEvents');
    expect(vocabularySummary([...seriousEvents, ...otherEvents])).toBe('MedDRA19.0');
  });

  it('lists each vocabulary with its terms when they differ, or when some terms name none', () => {
    const events = [
      ...repeat(6, term(null, 'MedDRA 20.0')),
      ...repeat(30, term(null, 'MedDRA 21.1')),
    ];
    expect(vocabularySummary(events)).toBe('MedDRA 21.1 for 30 terms, MedDRA 20.0 for 6 terms');
    expect(vocabularySummary([term(null, 'MedDRA 21.1'), term(null)])).toBe(
      'MedDRA 21.1 for 1 term; not given for 1 term',
    );
    expect(vocabularySummary([term(null)])).toBeNull();
  });

  it('orders vocabularies with as many terms each by their text, whatever the record order', () => {
    const events = [term(null, 'SNOMED CT'), term(null, 'MedDRA 21.1')];
    const text = 'MedDRA 21.1 for 1 term, SNOMED CT for 1 term';
    expect(vocabularySummary(events)).toBe(text);
    expect(vocabularySummary([...events].reverse())).toBe(text);
  });
});
