import { describe, expect, it } from 'vitest';
import { figureOf, formatFigure, missingFigure, ratioFigure } from './figures';

describe('figures', () => {
  it('takes the median of the samples and keeps them in run order', () => {
    expect(figureOf('painted.large.explorer', 'ms', [900, 812.4, 700])).toEqual({
      name: 'painted.large.explorer',
      value: 812.4,
      unit: 'ms',
      samples: [900, 812.4, 700],
    });
  });

  it('prints one line per figure: name, value rounded for its unit, unit', () => {
    expect(formatFigure(figureOf('painted.large.explorer', 'ms', [812.4]))).toBe(
      'painted.large.explorer 812 ms',
    );
    expect(formatFigure(figureOf('heap.huge.explorer', 'MB', [38.24]))).toBe(
      'heap.huge.explorer 38.2 MB',
    );
    expect(formatFigure(figureOf('results.results.charts', 'count', [3, 4]))).toBe(
      'results.results.charts 3.5 count',
    );
    expect(formatFigure(figureOf('results.results.charts', 'count', [3]))).toBe(
      'results.results.charts 3 count',
    );
  });

  it('prints n/a with the reason for a figure that could not be taken', () => {
    expect(formatFigure(missingFigure('filter.large.sites', 'ms', 'no input'))).toBe(
      'filter.large.sites n/a (no input)',
    );
    expect(formatFigure(figureOf('select.huge', 'ms', []))).toBe('select.huge n/a (not measured)');
  });

  it('divides explorer by static, n/a when either is missing', () => {
    const explorer = figureOf('painted.large.explorer', 'ms', [812]);
    const plain = figureOf('painted.large.static', 'ms', [420]);
    expect(formatFigure(ratioFigure('painted.large.ratio', explorer, plain))).toBe(
      'painted.large.ratio 1.93 x',
    );
    const none = missingFigure('painted.large.static', 'ms', 'timed out');
    expect(ratioFigure('painted.large.ratio', explorer, none)).toMatchObject({
      value: null,
      reason:
        'needs both painted.large.explorer and painted.large.static; painted.large.static: timed out',
    });
  });
});
