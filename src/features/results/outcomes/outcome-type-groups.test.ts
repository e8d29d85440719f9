import { describe, expect, it } from 'vitest';
import { groupOutcomesByType, leftOutOutcomeIndexes } from './outcome-type-groups';
import { makeOutcome } from './outcome-fixtures.test-support';

const LIST = 'resultsSection.outcomeMeasuresModule.outcomeMeasures';

describe('groupOutcomesByType', () => {
  it('groups primary, secondary, other pre-specified, post-hoc, then no stated type, each in record order', () => {
    const outcomes = [
      makeOutcome({ id: 'outcome-1', type: 'POST_HOC' }),
      makeOutcome({ id: 'outcome-2', type: null }),
      makeOutcome({ id: 'outcome-3', type: 'SECONDARY' }),
      makeOutcome({ id: 'outcome-4', type: 'PRIMARY' }),
      makeOutcome({ id: 'outcome-5', type: 'SECONDARY' }),
      makeOutcome({ id: 'outcome-6', type: 'OTHER_PRE_SPECIFIED' }),
    ];
    expect(
      groupOutcomesByType(outcomes).map((group) => [
        group.heading,
        group.outcomes.map((outcome) => outcome.id),
      ]),
    ).toEqual([
      ['Primary outcome measures', ['outcome-4']],
      ['Secondary outcome measures', ['outcome-3', 'outcome-5']],
      ['Other pre-specified outcome measures', ['outcome-6']],
      ['Post-hoc outcome measures', ['outcome-1']],
      ['Outcome measures whose type the record does not state', ['outcome-2']],
    ]);
  });

  it('returns no group for a type without outcomes', () => {
    expect(groupOutcomesByType([makeOutcome()]).map((group) => group.key)).toEqual(['PRIMARY']);
    expect(groupOutcomesByType([])).toEqual([]);
  });
});

describe('leftOutOutcomeIndexes', () => {
  it('finds the record positions of outcomes left out as a whole, not those with a bad value', () => {
    const problems = [
      { path: `${LIST}[1].groups[0].id`, message: 'expected string' },
      { path: `${LIST}[1].title`, message: 'expected string' },
      { path: `${LIST}[2].timeFrame`, message: 'expected string' },
      { path: `${LIST}[12]`, message: 'expected object' },
      { path: 'resultsSection.adverseEventsModule.eventGroups[1]', message: 'expected object' },
    ];
    const present = [makeOutcome({ id: 'outcome-1' }), makeOutcome({ id: 'outcome-3' })];
    expect(leftOutOutcomeIndexes(problems, LIST, present)).toEqual([1, 12]);
    expect(leftOutOutcomeIndexes([], LIST, present)).toEqual([]);
  });
});
