import { describe, expect, it } from 'vitest';
import { GROUP_EXAMPLES, groupProblems } from './problem-groups';

describe('groupProblems', () => {
  it('groups problems of one kind across list positions, counted, with the first as examples', () => {
    const problems = Array.from({ length: 10_000 }, (_, index) => ({
      path: `protocolSection.contactsLocationsModule.locations[${index}].status`,
      message: `expected one of RECRUITING, COMPLETED; got "OPEN${index}"`,
    }));
    problems.push({
      path: 'protocolSection.designModule.enrollmentInfo.count',
      message: 'expected a count of 0 or more, got -3',
    });
    const groups = groupProblems(problems);
    expect(groups.map(({ pattern, message, count }) => [pattern, message, count])).toEqual([
      [
        'protocolSection.contactsLocationsModule.locations[*].status',
        'expected one of RECRUITING, COMPLETED',
        10_000,
      ],
      ['protocolSection.designModule.enrollmentInfo.count', 'expected a count of 0 or more', 1],
    ]);
    expect(groups[0]?.examples).toHaveLength(GROUP_EXAMPLES);
    expect(groups[0]?.examples[1]?.message).toBe(
      'expected one of RECRUITING, COMPLETED; got "OPEN1"',
    );
  });

  it('keeps different problems at one place apart', () => {
    const groups = groupProblems([
      { path: 'a[0].lat', message: 'expected a number, got "x"' },
      { path: 'a[1].lat', message: 'expected a number from -90 to 90, got 912' },
    ]);
    expect(groups).toHaveLength(2);
  });
});
