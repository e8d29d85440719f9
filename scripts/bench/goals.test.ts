import { describe, expect, it } from 'vitest';
import { figureOf, missingFigure } from './figures';
import { evaluateGoals, formatGoal } from './goals';

const byGoal = (figures: Parameters<typeof evaluateGoals>[0]) =>
  Object.fromEntries(evaluateGoals(figures).map((result) => [result.goal, result]));

describe('evaluateGoals', () => {
  it('judges each goal on its figures', () => {
    const results = byGoal([
      figureOf('painted.NCT01573923.ratio', 'x', [1.2]),
      figureOf('painted.large.ratio', 'x', [1.21]),
      figureOf('interactive.NCT01573923.ratio', 'x', [3]),
      figureOf('interactive.large.explorer', 'ms', [1_000]),
      figureOf('sort.large.sites.facility', 'ms', [45]),
      figureOf('select.large', 'ms', [99]),
      figureOf('longestTask.huge.explorer', 'ms', [200]),
    ]);
    expect(results['NCT01573923 painted within 1.2x of static']?.status).toBe('met');
    expect(results['large painted within 1.2x of static']).toEqual({
      goal: 'large painted within 1.2x of static',
      status: 'missed',
      detail: 'painted.large.ratio 1.21 x',
    });
    expect(results['NCT01573923 interactive within 3x of static']?.status).toBe('met');
    expect(results['large interactive < 1 s']).toEqual({
      goal: 'large interactive < 1 s',
      status: 'missed',
      detail: 'interactive.large.explorer 1000 ms',
    });
    expect(results['every large sort/filter/select/nearest < 100 ms']?.status).toBe('met');
    expect(
      results['huge: no main-thread task over 200 ms from navigation to interactive']?.status,
    ).toBe('met');
  });

  it("judges huge's longest task on its own page, not on its embeds or other trials", () => {
    const results = byGoal([
      figureOf('longestTask.huge.explorer', 'ms', [150]),
      figureOf('longestTask.huge.embed-all', 'ms', [400]),
      figureOf('longestTask.large.explorer', 'ms', [300]),
    ]);
    expect(
      results['huge: no main-thread task over 200 ms from navigation to interactive'],
    ).toMatchObject({ status: 'met', detail: 'longestTask.huge.explorer 150 ms' });
  });

  it('has no goal left on the ready figures the painted and interactive ones replace', () => {
    const results = evaluateGoals([
      figureOf('ready.NCT01573923.ratio', 'x', [9]),
      figureOf('ready.large.explorer', 'ms', [9_000]),
      figureOf('longtasks.huge.max', 'ms', [900]),
    ]);
    expect(results.filter((result) => result.status !== 'unknown')).toEqual([]);
  });

  it('misses a group goal on any figure over the limit, naming it, even beside n/a figures', () => {
    const results = byGoal([
      figureOf('sort.large.sites.facility', 'ms', [120]),
      figureOf('sort.large.investigators.name', 'ms', [20]),
      missingFigure('filter.large.sites', 'ms', 'no input'),
    ]);
    expect(results['every large sort/filter/select/nearest < 100 ms']).toMatchObject({
      status: 'missed',
      detail: 'sort.large.sites.facility 120 ms',
    });
  });

  it('is unknown when a figure is n/a or was not measured at all; other trials do not count', () => {
    const results = byGoal([
      figureOf('sort.huge.sites.facility', 'ms', [500]),
      missingFigure('select.large', 'ms', 'timed out'),
    ]);
    expect(results['every large sort/filter/select/nearest < 100 ms']).toMatchObject({
      status: 'unknown',
      detail: 'select.large n/a',
    });
    expect(results['large interactive < 1 s']).toMatchObject({
      status: 'unknown',
      detail: 'not measured',
    });
  });

  it("judges the results goals on every trial's longest task and on the results trial's sort", () => {
    const results = byGoal([
      figureOf('results.NCT02552212.longestTask', 'ms', [150]),
      figureOf('results.results.longestTask', 'ms', [200]),
      figureOf('results.results.drawn', 'ms', [5_000]),
      figureOf('results.NCT02552212.aeSort', 'ms', [300]),
      figureOf('results.results.aeSort', 'ms', [99]),
    ]);
    expect(results['results: longest task while they render < 200 ms']).toEqual({
      goal: 'results: longest task while they render < 200 ms',
      status: 'missed',
      detail: 'results.results.longestTask 200 ms',
    });
    expect(results['results: adverse-event sort at 1,000 terms < 100 ms']).toEqual({
      goal: 'results: adverse-event sort at 1,000 terms < 100 ms',
      status: 'met',
      detail: 'results.results.aeSort 99 ms',
    });
  });

  it('prints one line per goal', () => {
    const [first] = evaluateGoals([figureOf('painted.NCT01573923.ratio', 'x', [2])]);
    if (!first) throw new Error('no goals');
    expect(formatGoal(first)).toBe(
      'goal MISSED NCT01573923 painted within 1.2x of static (painted.NCT01573923.ratio 2.00 x)',
    );
  });
});
