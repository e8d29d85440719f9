import { describe, expect, it } from 'vitest';
import { nestCriteria } from './nest-criteria';

describe('nestCriteria', () => {
  it('keeps a flat list flat', () => {
    const tree = nestCriteria([
      { text: 'a', level: 0 },
      { text: 'b', level: 0 },
    ]);
    expect(tree).toEqual([
      { text: 'a', children: [] },
      { text: 'b', children: [] },
    ]);
  });

  it('nests deeper lines under the line before them and climbs back out', () => {
    const tree = nestCriteria([
      { text: 'Active disease', level: 0 },
      { text: 'BASDAI >= 4', level: 1 },
      { text: 'Spinal pain >= 4', level: 1 },
      { text: 'detail', level: 2 },
      { text: 'Inadequate response', level: 0 },
    ]);
    expect(tree).toEqual([
      {
        text: 'Active disease',
        children: [
          { text: 'BASDAI >= 4', children: [] },
          { text: 'Spinal pain >= 4', children: [{ text: 'detail', children: [] }] },
        ],
      },
      { text: 'Inadequate response', children: [] },
    ]);
  });

  it('never drops a line: level jumps nest once, a nested first line becomes top-level', () => {
    const tree = nestCriteria([
      { text: 'starts nested', level: 1 },
      { text: 'top', level: 0 },
      { text: 'two deeper', level: 2 },
    ]);
    expect(tree).toEqual([
      { text: 'starts nested', children: [] },
      { text: 'top', children: [{ text: 'two deeper', children: [] }] },
    ]);
  });
});
