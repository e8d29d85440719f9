import { describe, expect, it } from 'vitest';
import { droppedPositions, isPathUnder, keptItemPaths, problemsUnder } from './record-list-paths';

const PERIOD = 'resultsSection.participantFlowModule.periods[1]';
const problems = [
  { path: `${PERIOD}.milestones[0]`, message: 'expected an object, got 3' },
  { path: `${PERIOD}.milestones[2].achievements[0].numSubjects`, message: 'expected a string' },
  { path: `${PERIOD}.milestones[3]`, message: 'expected an object, got null' },
  { path: 'resultsSection.participantFlowModule.periods[10].title', message: 'expected a string' },
];

describe('record list paths', () => {
  it('tells a path inside another from one that only starts with the same letters', () => {
    expect(isPathUnder(`${PERIOD}.title`, PERIOD)).toBe(true);
    expect(isPathUnder(PERIOD, PERIOD)).toBe(true);
    expect(isPathUnder('resultsSection.participantFlowModule.periods[10].title', PERIOD)).toBe(
      false,
    );
    expect(problemsUnder(problems, `${PERIOD}.milestones[2]`)).toEqual([problems[1]]);
  });

  it('finds the dropped items of a list, not the items with an invalid field', () => {
    expect(droppedPositions(`${PERIOD}.milestones`, problems)).toEqual([0, 3]);
    expect(droppedPositions('resultsSection.participantFlowModule.periods', problems)).toEqual([]);
  });

  it('gives the kept items their record positions, skipping the holes', () => {
    expect(keptItemPaths(`${PERIOD}.milestones`, 3, problems)).toEqual([
      `${PERIOD}.milestones[1]`,
      `${PERIOD}.milestones[2]`,
      `${PERIOD}.milestones[4]`,
    ]);
    expect(keptItemPaths(`${PERIOD}.dropWithdraws`, 2, problems)).toEqual([
      `${PERIOD}.dropWithdraws[0]`,
      `${PERIOD}.dropWithdraws[1]`,
    ]);
  });
});
