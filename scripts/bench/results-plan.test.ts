import { describe, expect, it } from 'vitest';
import { sampleModule } from '../../src/test-support/sample-results';
import type { AdverseEvent } from '../../src/trial/results/adverse-events-schema';
import { aeSortCase } from './results-plan';

const event = (id: string, term: string): AdverseEvent => ({
  id,
  term,
  organSystem: 'General disorders',
  sourceVocabulary: null,
  assessmentType: null,
  notes: null,
  stats: [],
});

describe('aeSortCase', () => {
  it("sorts NCT02552212's longer table, the 36 serious events, by term", () => {
    expect(aeSortCase(sampleModule('NCT02552212', 'adverseEvents'))).toEqual({
      table: 'Serious adverse events',
      column: 'Term',
      expected: 'Abortion spontaneous',
      rows: 36,
    });
  });

  it('takes the other events when they are more, their first term as the explorer sorts', () => {
    const adverseEvents = {
      ...sampleModule('NCT02552212', 'adverseEvents'),
      seriousEvents: [event('serious-1', 'Zoster')],
      otherEvents: [event('other-1', 'nausea'), event('other-2', 'Headache')],
    };
    expect(aeSortCase(adverseEvents)).toMatchObject({
      table: 'Other adverse events',
      expected: 'Headache',
      rows: 2,
    });
  });

  it('has nothing to sort without adverse events or terms', () => {
    expect(aeSortCase(null)).toBeNull();
    const none = {
      ...sampleModule('NCT02552212', 'adverseEvents'),
      seriousEvents: [],
      otherEvents: [],
    };
    expect(aeSortCase(none)).toBeNull();
  });
});
