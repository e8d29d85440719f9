import { describe, expect, it } from 'vitest';
import { figureOf, formatFigure, missingFigure, ratioFigure } from './figures';

describe('figures', () => {
  it('takes the median of the samples and keeps them in run order', () => {
    expect(figureOf('ready.large.explorer', 'ms', [900, 812.4, 700])).toEqual({
      name: 'ready.large.explorer',
      value: 812.4,
      unit: 'ms',
      samples: [900, 812.4, 700],
    });
  });

  it('prints one line per figure: name, value rounded for its unit, unit', () => {
    expect(formatFigure(figureOf('ready.large.explorer', 'ms', [812.4]))).toBe(
      'ready.large.explorer 812 ms',
    );
    expect(formatFigure(figureOf('heap.huge', 'MB', [38.24]))).toBe('heap.huge 38.2 MB');
    expect(formatFigure(figureOf('longtasks.huge.count', 'count', [3, 4]))).toBe(
      'longtasks.huge.count 3.5 count',
    );
    expect(formatFigure(figureOf('longtasks.huge.count', 'count', [3]))).toBe(
      'longtasks.huge.count 3 count',
    );
  });

  it('prints n/a with the reason for a figure that could not be taken', () => {
    expect(formatFigure(missingFigure('filter.large.sites', 'ms', 'no input'))).toBe(
      'filter.large.sites n/a (no input)',
    );
    expect(formatFigure(figureOf('select.huge', 'ms', []))).toBe('select.huge n/a (not measured)');
  });

  it('divides explorer by static, n/a when either is missing', () => {
    const explorer = figureOf('ready.large.explorer', 'ms', [812]);
    const plain = figureOf('ready.large.static', 'ms', [420]);
    expect(formatFigure(ratioFigure('ready.large.ratio', explorer, plain))).toBe(
      'ready.large.ratio 1.93 x',
    );
    const none = missingFigure('ready.large.static', 'ms', 'timed out');
    expect(ratioFigure('ready.large.ratio', explorer, none)).toMatchObject({
      value: null,
      reason: 'needs both ready.large.explorer and ready.large.static',
    });
  });
});
