import type { FigureCollector } from './figure-collector';
import type { ResultsOpenTiming } from './page-results';

/** What is measured of a trial's Results section; the figure is `results.<trial>.<what>`. */
export type ResultsFigure = 'drawn' | 'longestTask' | 'charts' | 'fetched' | 'aeSort';

export const resultsFigureName = (label: string, what: ResultsFigure) => `results.${label}.${what}`;

/**
 * One run's figures of opening the Results section: the time to every chart drawn, the longest
 * task meanwhile, how many charts that was, and when the results file had arrived. A run that
 * gave no timing gives each of them its reason.
 */
export function recordResultsOpen(
  collector: FigureCollector,
  label: string,
  timing: ResultsOpenTiming,
): void {
  const name = (what: ResultsFigure) => resultsFigureName(label, what);
  if ('reason' in timing) {
    collector.fail(name('drawn'), 'ms', timing.reason);
    collector.fail(name('longestTask'), 'ms', timing.reason);
    collector.fail(name('charts'), 'count', timing.reason);
    return;
  }
  collector.add(name('drawn'), 'ms', timing.ms);
  collector.add(name('longestTask'), 'ms', timing.longestTask);
  collector.add(name('charts'), 'count', timing.charts);
  if (timing.fetchedMs !== null) collector.add(name('fetched'), 'ms', timing.fetchedMs);
  else collector.fail(name('fetched'), 'ms', 'no results file in the resource timings');
}
