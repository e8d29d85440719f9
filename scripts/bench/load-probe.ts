import type { LoadProbeConfig, LoadState } from './page-globals';

/**
 * Runs in the page (init script, after installBenchLib): records long tasks from navigation start
 * and the `ready` time: the first frame in which every named table shows a first row and, when
 * markers are expected, Leaflet's marker pane is non-empty, and the marker pane then stays
 * unchanged (no mutation) for the 2 following frames. The reported time is when that first frame
 * had rendered. performance.now() counts from navigation start.
 */
export function installLoadProbe(config: LoadProbeConfig): void {
  const lib = window.__benchLib;
  if (window !== window.top || !lib) return;
  const state: LoadState = { ready: null, confirmedAt: null, timedOut: false, longTasks: [] };
  window.__benchLoad = state;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        state.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no Long Tasks API: the figures say n/a
  }
  const tablesShown = () =>
    config.tables.every((prefix) => {
      const table = lib.findTable(prefix);
      return table !== null && lib.firstRow(table) !== null;
    });
  const shown = () => {
    if (!tablesShown()) return null;
    if (config.markers && lib.markerCount() <= 0) return null;
    return String(lib.markerMutations());
  };
  void lib.waitForStable(shown, 2, config.timeoutMs).then((ready) => {
    if (ready === null) state.timedOut = true;
    state.ready = ready;
    state.confirmedAt = performance.now();
  });
}
