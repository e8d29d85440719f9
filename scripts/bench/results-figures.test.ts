import { describe, expect, it } from 'vitest';
import { FigureCollector } from './figure-collector';
import { recordResultsOpen, resultsFigureName } from './results-figures';

describe('resultsFigureName', () => {
  it('names a results figure by trial and what it measures', () => {
    expect(resultsFigureName('NCT02552212', 'drawn')).toBe('results.NCT02552212.drawn');
    expect(resultsFigureName('results', 'aeSort')).toBe('results.results.aeSort');
  });
});

describe('recordResultsOpen', () => {
  it('adds the drawn time, longest task, chart count and arrival of the results file', () => {
    const collector = new FigureCollector();
    recordResultsOpen(collector, 'results', {
      ms: 1_293.4,
      charts: 85,
      longestTask: 551,
      fetchedMs: 102,
    });
    expect(collector.figures()).toEqual([
      { name: 'results.results.drawn', value: 1_293.4, unit: 'ms', samples: [1_293.4] },
      { name: 'results.results.longestTask', value: 551, unit: 'ms', samples: [551] },
      { name: 'results.results.charts', value: 85, unit: 'count', samples: [85] },
      { name: 'results.results.fetched', value: 102, unit: 'ms', samples: [102] },
    ]);
  });

  it('gives each figure the reason of a run without a timing', () => {
    const collector = new FigureCollector();
    recordResultsOpen(collector, 'NCT02552212', {
      reason: 'results not all drawn within 30000 ms',
    });
    recordResultsOpen(collector, 'NCT02552212', {
      ms: 800,
      charts: 26,
      longestTask: 0,
      fetchedMs: null,
    });
    const figures = collector.figures();
    expect(figures.map((f) => [f.name, f.value, f.reason])).toEqual([
      [
        'results.NCT02552212.drawn',
        800,
        '1 run gave no value: results not all drawn within 30000 ms',
      ],
      [
        'results.NCT02552212.longestTask',
        0,
        '1 run gave no value: results not all drawn within 30000 ms',
      ],
      [
        'results.NCT02552212.charts',
        26,
        '1 run gave no value: results not all drawn within 30000 ms',
      ],
      ['results.NCT02552212.fetched', null, 'no results file in the resource timings'],
    ]);
  });
});
