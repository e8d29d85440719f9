import type { LoadProbeConfig, LoadState, MapShownBy } from './page-globals';

/**
 * Runs in the page (init script, after installBenchLib), in the document `config.target` names:
 * records long tasks from navigation start (performance.now() counts from the document's own
 * navigation start, also in a frame), and two times, each the moment the first frame in which its
 * condition holds had rendered (the DOM is checked in a requestAnimationFrame callback every frame;
 * a frame is only produced once render-blocking styles are in, so "laid out" means drawn in it):
 *
 * - painted: every heading of `config.sections` is an h2 inside main that is laid out (has a box)
 *   and its section holds text besides the heading, so the last section's text has been parsed
 *   (or rendered) too; and the map box shows: img.map-picture laid out and loaded, or (where
 *   allowed) Leaflet's markers. A section below the fold is "on screen" once laid out: where the
 *   reader scrolls to it is not the page's doing. A frame reaches the screen some time after the
 *   main thread has drawn it (raster, compositing); the browser reports that time for the first
 *   content only (first-contentful-paint), so painted is the later of the two: when everything
 *   is there in the first frame, as for a prerendered or static page, that is when it was shown.
 *   The static page is measured by this same code with the same headings and the same picture,
 *   so the ratio compares like with like.
 * - interactive: `data-app` set on <html> (React has hydrated or rendered), Leaflet's marker pane
 *   non-empty (then unchanged for 2 frames: the markers are drawn, not still being added), and,
 *   with a table, a click on that column's sort button, dispatched in the first frame in which
 *   it exists after hydration, answered: its header's aria-sort has changed. `sortClickedAt`
 *   marks the click, so the long tasks of the load are told from the sort's own.
 * A static page (no `config.interactive`) is interactive when painted.
 */
export function installLoadProbe(config: LoadProbeConfig): void {
  const lib = window.__benchLib;
  if (!lib || (window !== window.top) !== (config.target === 'frame')) return;
  const state: LoadState = {
    painted: null,
    textPainted: null,
    mapShownBy: null,
    sortClickedAt: null,
    sortAnsweredAt: null,
    interactive: null,
    doneAt: null,
    failure: null,
    longTasks: [],
  };
  window.__benchLoad = state;
  const failures: string[] = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        state.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no Long Tasks API: the task figures are 0, as without long tasks
  }

  /** The browser's own time for the first content on screen (when that frame was presented). */
  const firstContentfulPaint = new Promise<number | null>((resolve) => {
    try {
      new PerformanceObserver((list) => {
        const entry = list.getEntriesByName('first-contentful-paint')[0];
        if (entry) resolve(entry.startTime);
      }).observe({ type: 'paint', buffered: true });
    } catch {
      resolve(null); // no Paint Timing: the frames' times alone
    }
  });
  /** A frame's time, but not before the first contentful frame was on screen. */
  const onScreen = async (at: number | null) =>
    at === null ? null : Math.max(at, (await firstContentfulPaint) ?? at);

  const laidOut = (element: Element) => element.getClientRects().length > 0;
  /** Text in the heading's section outside the heading (the first such text node is enough). */
  const hasText = (heading: Element) => {
    const section = heading.closest('section, aside') ?? heading.parentElement;
    if (!section) return false;
    const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!heading.contains(node) && (node.textContent ?? '').trim() !== '') return true;
    }
    return false;
  };
  const missingSections = () => {
    const shown = new Set<string>();
    for (const heading of Array.from(document.querySelectorAll('main h2'))) {
      if (laidOut(heading) && hasText(heading)) shown.add(lib.cellText(heading));
    }
    return config.sections.filter((title) => !shown.has(title));
  };
  const pictureShown = () =>
    Array.from(document.querySelectorAll('img.map-picture')).some(
      (img) =>
        img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0 && laidOut(img),
    );
  const mapShown = (): MapShownBy | null => {
    if (pictureShown()) return 'picture';
    if (config.map === 'picture or live map' && lib.markerCount() > 0) return 'live map';
    return null;
  };
  let mapInFrame: MapShownBy | null = null;
  const painted = () => {
    if (missingSections().length > 0) return false;
    if (config.map === 'none') return true;
    mapInFrame = mapShown();
    return mapInFrame !== null;
  };
  const textDone = lib
    .waitFor(() => missingSections().length === 0, config.timeoutMs)
    .then(onScreen)
    .then((at) => (state.textPainted = at));
  const paintedDone = lib.waitFor(painted, config.timeoutMs).then(async (frame) => {
    const at = await onScreen(frame);
    state.painted = at;
    state.mapShownBy = at === null ? null : mapInFrame;
    if (at === null) {
      const missing = missingSections();
      if (config.map !== 'none' && mapShown() === null) missing.push('the map');
      failures.push(`not painted within ${config.timeoutMs / 1000} s: no ${missing.join(', ')}`);
    }
  });

  const interactive = config.interactive;
  const sortTarget = () => {
    const sort = interactive?.sort;
    const table = sort ? lib.findTable(sort.table) : null;
    const header = table && sort ? lib.headerCell(table, sort.column) : null;
    const button = header?.cell.querySelector('button');
    return header && button instanceof HTMLElement ? { header: header.cell, button } : null;
  };
  const hydrated = () => document.documentElement.dataset.app !== undefined;
  const interactiveDone = (async () => {
    if (!interactive) return;
    const markers = interactive.markers
      ? lib.waitForStable(
          () => (lib.markerCount() > 0 ? String(lib.markerMutations()) : null),
          2,
          config.timeoutMs,
        )
      : lib.waitFor(hydrated, config.timeoutMs);
    const sort = interactive.sort;
    const sorted = (async () => {
      if (!sort) return lib.waitFor(hydrated, config.timeoutMs);
      const clickable = await lib.waitFor(
        () => hydrated() && sortTarget() !== null,
        config.timeoutMs,
      );
      const target = sortTarget();
      if (clickable === null || !target) {
        failures.push(
          hydrated()
            ? `no sort button for ${sort.table} › ${sort.column}`
            : `not hydrated within ${config.timeoutMs / 1000} s`,
        );
        return null;
      }
      const before = target.header.getAttribute('aria-sort');
      state.sortClickedAt = performance.now();
      target.button.click();
      const answered = await lib.waitFor(
        () => sortTarget()?.header.getAttribute('aria-sort') !== before,
        config.timeoutMs,
      );
      if (answered === null) failures.push(`the ${sort.column} sort did not answer`);
      state.sortAnsweredAt = answered;
      return answered;
    })();
    const [drawn, answered] = await Promise.all([markers, sorted]);
    if (drawn === null) failures.push('no markers drawn');
    state.interactive = drawn === null || answered === null ? null : Math.max(drawn, answered);
  })();

  void Promise.all([textDone, paintedDone, interactiveDone]).then(() => {
    if (!interactive) state.interactive = state.painted;
    state.failure = failures.length > 0 ? failures.join('; ') : null;
    state.doneAt = performance.now();
  });
}
