import { describe, expect, it } from 'vitest';
import { baselineMeasurePath, splitBaselineProblems } from './baseline-problems';

const module = 'resultsSection.baselineCharacteristicsModule';

describe('splitBaselineProblems', () => {
  it('files each problem under its measure by record index, the rest under the module', () => {
    const problems = [
      { path: `${module}.measures[1]`, message: 'expected an object' },
      { path: `${module}.measures[0].title`, message: 'too long' },
      { path: `${module}.measures[1].classes[0]`, message: 'bad' },
      { path: `${module}.measures[12].unitOfMeasure`, message: 'too long' },
      { path: `${module}.groups[2].id`, message: 'expected a group id like BG000' },
      { path: `${module}.measures`, message: 'expected an array' },
    ];
    const split = splitBaselineProblems(problems);
    expect([...split.byMeasure.keys()]).toEqual([1, 0, 12]);
    expect(split.byMeasure.get(1)?.map(({ message }) => message)).toEqual([
      'expected an object',
      'bad',
    ]);
    expect(split.module.map(({ path }) => path)).toEqual([
      `${module}.groups[2].id`,
      `${module}.measures`,
    ]);
  });

  it('names the record path of a measure', () => {
    expect(baselineMeasurePath(3)).toBe(`${module}.measures[3]`);
  });
});
