import { describe, expect, it } from 'vitest';
import { flowBalance, periodGroupIds, reasonsMinusNotCompleted, wholeNumber } from './flow-balance';
import type { FlowCount, FlowPeriod } from './participant-flow-schema';

function count(groupId: string, numSubjects: string | null): FlowCount {
  return { groupId, numSubjects, numUnits: null, comment: null };
}

const period: FlowPeriod = {
  id: 'period-1',
  title: 'Overall Study',
  milestones: [
    { kind: 'STARTED', type: 'STARTED', comment: null, achievements: [count('FG001', 'NA')] },
    {
      kind: 'NOT_COMPLETED',
      type: 'NOT COMPLETED',
      comment: null,
      achievements: [count('FG001', '3'), count('FG003', '2')],
    },
  ],
  dropWithdraws: [
    {
      type: 'Adverse Event',
      comment: null,
      reasons: [count('FG001', '2'), count('FG003', '2'), count('FG004', '1')],
    },
  ],
};

describe('flow balance helpers', () => {
  it('reads only plain whole numbers', () => {
    expect([wholeNumber('158'), wholeNumber('NA'), wholeNumber('1.5'), wholeNumber(null)]).toEqual([
      158,
      null,
      null,
      null,
    ]);
  });

  it('lists the groups a period counts, in record order, milestones before reasons', () => {
    expect(periodGroupIds(period)).toEqual(['FG001', 'FG003', 'FG004']);
  });

  it('checks the reasons against NOT COMPLETED also where STARTED cannot be read', () => {
    const [first, second, third] = flowBalance(period);
    expect(first?.startedMinusCompleted).toBeNull();
    expect(first && reasonsMinusNotCompleted(first)).toBe(-1);
    expect(second && reasonsMinusNotCompleted(second)).toBe(0);
    // FG004 has a reason but no NOT COMPLETED count: nothing to check against.
    expect(third && reasonsMinusNotCompleted(third)).toBeNull();
  });
});
