import { describe, expect, it } from 'vitest';
import { FigureCollector } from './figure-collector';
import { figureOf, missingFigure } from './figures';
import {
  loadFigureName,
  loadTasks,
  longestTask,
  recordLoad,
  totalBlockingTime,
  withLoadRatios,
  type LoadSample,
} from './load-figures';

const sample = (over: Partial<LoadSample> = {}): LoadSample => ({
  painted: 300,
  textPainted: 250,
  mapShownBy: 'picture',
  interactive: 900,
  sortClickedAt: 850,
  sortAnsweredAt: 890,
  longTasks: [],
  heapBytes: 12_500_000,
  failure: null,
  ...over,
});

const byName = (collector: FigureCollector) =>
  Object.fromEntries(collector.figures().map((figure) => [figure.name, figure]));

describe('loadFigureName', () => {
  it('names measure, trial and page', () => {
    expect(loadFigureName('painted', 'large', 'explorer')).toBe('painted.large.explorer');
    expect(loadFigureName('tbt', 'huge', 'embed-all')).toBe('tbt.huge.embed-all');
    expect(loadFigureName('interactive', 'NCT01573923', 'ratio')).toBe(
      'interactive.NCT01573923.ratio',
    );
  });
});

describe('totalBlockingTime and longestTask', () => {
  it('sums what each task took beyond 50 ms; the longest is the longest, 0 without tasks', () => {
    const tasks = [
      { start: 10, duration: 50 },
      { start: 100, duration: 120 },
      { start: 400, duration: 51 },
    ];
    expect(totalBlockingTime(tasks)).toBe(71);
    expect(longestTask(tasks)).toBe(120);
    expect(totalBlockingTime([])).toBe(0);
    expect(longestTask([])).toBe(0);
  });

  it("counts the load's tasks only: done by the bench's sort click, else begun before interactive", () => {
    const longTasks = [
      { start: 100, duration: 80 },
      // the task the click runs in (it began a moment before the click), and a later one
      { start: 849, duration: 200 },
      { start: 1_100, duration: 300 },
    ];
    expect(loadTasks(sample({ longTasks }))).toEqual([{ start: 100, duration: 80 }]);
    expect(loadTasks(sample({ longTasks, sortClickedAt: null, interactive: 1_000 }))).toEqual(
      longTasks.slice(0, 2),
    );
    expect(loadTasks(sample({ longTasks, sortClickedAt: null, interactive: null }))).toBeNull();
  });
});

describe('recordLoad', () => {
  it('gives an explorer load its six figures; the sort task does not count as the load', () => {
    const collector = new FigureCollector();
    const longTasks = [
      { start: 100, duration: 180 },
      { start: 500, duration: 70 },
      { start: 860, duration: 400 },
    ];
    recordLoad(collector, 'large', 'explorer', sample({ longTasks }), true);
    expect(collector.figures().map((f) => [f.name, f.value])).toEqual([
      ['painted.large.explorer', 300],
      ['interactive.large.explorer', 900],
      ['firstSort.large.explorer', 40],
      ['longestTask.large.explorer', 180],
      ['tbt.large.explorer', 150],
      ['heap.large.explorer', 12.5],
    ]);
  });

  it('says "picture missing" when the map showed without the picture, with when the rest painted', () => {
    const collector = new FigureCollector();
    recordLoad(collector, 'large', 'explorer', sample({ mapShownBy: 'live map' }), true);
    recordLoad(
      collector,
      'large',
      'static',
      sample({ mapShownBy: null, painted: 120, textPainted: 120 }),
      true,
    );
    const figures = byName(collector);
    expect(figures['painted.large.explorer']).toMatchObject({
      value: null,
      reason: 'picture missing: no img.map-picture shown (text at 250 ms, live map at 300 ms)',
    });
    expect(figures['painted.large.static']).toMatchObject({
      value: null,
      reason: 'picture missing: no img.map-picture shown (text at 120 ms)',
    });
    expect(figures['interactive.large.explorer']?.value).toBe(900);
  });

  it('takes the live map for an embed, which is rendered in the browser', () => {
    const collector = new FigureCollector();
    recordLoad(collector, 'huge', 'embed-map', sample({ mapShownBy: 'live map' }), false);
    expect(byName(collector)['painted.huge.embed-map']?.value).toBe(300);
  });

  it('gives a static page its painted figure only', () => {
    const collector = new FigureCollector();
    recordLoad(collector, 'large', 'static', sample({ painted: 140 }), true);
    expect(collector.figures().map((f) => [f.name, f.value])).toEqual([
      ['painted.large.static', 140],
    ]);
  });

  it("gives the probe's reason to the figures it could not take", () => {
    const collector = new FigureCollector();
    const failure = 'not painted within 60 s: no Results; no markers drawn';
    recordLoad(
      collector,
      'huge',
      'explorer',
      sample({ painted: null, interactive: null, sortClickedAt: null, failure, heapBytes: null }),
      true,
    );
    expect(collector.figures().map((f) => [f.name, f.reason])).toEqual([
      ['painted.huge.explorer', failure],
      ['interactive.huge.explorer', failure],
      ['longestTask.huge.explorer', 'never interactive'],
      ['tbt.huge.explorer', 'never interactive'],
    ]);
  });
});

describe('withLoadRatios', () => {
  it("puts painted and interactive explorer / static painted right after each trial's static figure", () => {
    const figures = withLoadRatios([
      figureOf('painted.large.explorer', 'ms', [600]),
      figureOf('interactive.large.explorer', 'ms', [1_200]),
      figureOf('painted.large.static', 'ms', [400]),
      figureOf('painted.large.embed-map', 'ms', [800]),
    ]);
    expect(figures.map((f) => [f.name, f.value])).toEqual([
      ['painted.large.explorer', 600],
      ['interactive.large.explorer', 1_200],
      ['painted.large.static', 400],
      ['painted.large.ratio', 1.5],
      ['interactive.large.ratio', 3],
      ['painted.large.embed-map', 800],
    ]);
  });

  it('is n/a, saying why, when a figure it needs is', () => {
    const figures = withLoadRatios([
      missingFigure('painted.NCT01573923.explorer', 'ms', 'picture missing'),
      figureOf('painted.NCT01573923.static', 'ms', [150]),
    ]);
    expect(figures[2]).toMatchObject({
      name: 'painted.NCT01573923.ratio',
      value: null,
      reason:
        'needs both painted.NCT01573923.explorer and painted.NCT01573923.static; painted.NCT01573923.explorer: picture missing',
    });
  });
});
