import { describe, expect, it } from 'vitest';
import { FigureCollector } from './figure-collector';

describe('FigureCollector', () => {
  it('gives the median per figure, in first-seen order', () => {
    const collector = new FigureCollector();
    collector.add('b', 'ms', 3);
    collector.add('a', 'MB', 1);
    collector.add('b', 'ms', 1);
    collector.add('b', 'ms', 2);
    expect(collector.figures()).toEqual([
      { name: 'b', value: 2, unit: 'ms', samples: [3, 1, 2] },
      { name: 'a', value: 1, unit: 'MB', samples: [1] },
    ]);
  });

  it('is n/a with the distinct reasons when no run gave a value, and notes partial failures', () => {
    const collector = new FigureCollector();
    collector.fail('filter', 'ms', 'no input');
    collector.fail('filter', 'ms', 'no input');
    collector.add('select', 'ms', 40);
    collector.fail('select', 'ms', 'timed out');
    expect(collector.figures()).toEqual([
      { name: 'filter', value: null, unit: 'ms', samples: [], reason: 'no input' },
      {
        name: 'select',
        value: 40,
        unit: 'ms',
        samples: [40],
        reason: '1 run gave no value: timed out',
      },
    ]);
  });
});
