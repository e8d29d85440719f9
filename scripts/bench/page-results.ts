/**
 * Opening the Results section, timed inside the page (passed to page.evaluate: self-contained,
 * uses window.__benchLib and the load probe's long tasks). As a reader does: follow the "Results"
 * link of the page's nav, which scrolls the section into view; the results file and the results
 * chunk load only then. Start: performance.now() right before the click. End: the first frame in
 * which every chart of the results is drawn, then unchanged for 2 more frames (see drawnState).
 */
export interface ResultsOpenArgs {
  timeoutMs: number;
  /** How long the drawn charts must then stay as they were, so none came after (ms). */
  settleMs: number;
}

export type ResultsOpenTiming =
  | {
      /** Click to every chart drawn. */
      ms: number;
      /** Charts drawn (every `[data-testid="chart"]` of the results). */
      charts: number;
      /** The longest main-thread task between the click and that frame (0: none over 50 ms). */
      longestTask: number;
      /** Click to the results file's last byte (where the rest is parse and render). */
      fetchedMs: number | null;
    }
  | { reason: string };

export async function timeResultsOpen({
  timeoutMs,
  settleMs,
}: ResultsOpenArgs): Promise<ResultsOpenTiming> {
  const lib = window.__benchLib;
  const load = window.__benchLoad;
  if (!lib || !load) return { reason: 'bench library not installed' };
  const section = document.getElementById('results');
  const link = document.querySelector('nav[aria-label="On this page"] a[href="#results"]');
  if (!section || !(link instanceof HTMLElement))
    return { reason: 'no Results section, or no "Results" link in the page nav' };
  const resultsFile = () =>
    performance
      .getEntriesByType('resource')
      .find(
        (entry): entry is PerformanceResourceTiming =>
          entry instanceof PerformanceResourceTiming && entry.name.includes('/data/results/'),
      );
  const partsNav = () => section.querySelector('nav[aria-label="Results parts"]');
  if (partsNav() || resultsFile())
    return { reason: 'the results were loading before the section was opened' };

  const loading = () =>
    Array.from(section.querySelectorAll('[role="status"]')).some((status) =>
      /^(still )?loading\b/i.test(lib.cellText(status)),
    );
  /**
   * Every chart drawn: the results' parts are in (their nav leads them), no loading note is left
   * in the section, and each chart's figure holds an SVG with something in it. Its state is the
   * number of charts and their drawn widths: a chart added, or redrawn at its measured width,
   * changes it. Null until then.
   */
  const drawnState = (): string | null => {
    if (!partsNav() || loading()) return null;
    const widths: string[] = [];
    for (const chart of Array.from(section.querySelectorAll('[data-testid="chart"]'))) {
      const svg = chart.querySelector('svg');
      if (!svg || svg.childElementCount === 0) return null;
      widths.push(svg.getAttribute('width') ?? '');
    }
    return `${widths.length}:${widths.join(',')}`;
  };

  const start = performance.now();
  link.click();
  const end = await lib.waitForStable(drawnState, 2, timeoutMs);
  if (end === null) return { reason: `results not all drawn within ${timeoutMs} ms` };
  const drawn = drawnState();
  // A chart that came later would make "every chart" a lie: wait, look again.
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  const later = drawnState();
  if (later !== drawn) {
    const count = (state: string | null) => state?.split(':')[0] ?? 'none';
    return {
      reason: `charts changed ${settleMs} ms after all seemed drawn (${count(drawn)} -> ${count(later)} charts)`,
    };
  }
  const during = load.longTasks.filter((t) => t.start + t.duration > start && t.start < end);
  const file = resultsFile();
  return {
    ms: end - start,
    charts: section.querySelectorAll('[data-testid="chart"]').length,
    longestTask: Math.max(0, ...during.map((t) => t.duration)),
    fetchedMs: file ? file.responseEnd - start : null,
  };
}
