import type { FigureCollector } from './figure-collector';
import { ratioFigure, type Figure } from './figures';
import type { LongTask, MapShownBy } from './page-globals';

/** The pages a trial is loaded as: the prerendered explorer, its static page, two embeds in a frame. */
export type LoadPage = 'explorer' | 'static' | 'embed-map' | 'embed-all';
export type LoadMeasure = 'painted' | 'interactive' | 'firstSort' | 'longestTask' | 'tbt' | 'heap';

/** `painted.large.explorer`, `tbt.huge.embed-all`; `painted.large.ratio` for explorer / static. */
export const loadFigureName = (measure: LoadMeasure, label: string, page: LoadPage | 'ratio') =>
  `${measure}.${label}.${page}`;

/** The Long Tasks API reports tasks over 50 ms; what is over that blocks input. */
const BLOCKING_MS = 50;

/** One load's raw probe results (see load-probe.ts), with the heap read after it. */
export interface LoadSample {
  painted: number | null;
  textPainted: number | null;
  mapShownBy: MapShownBy | null;
  interactive: number | null;
  /** When the bench clicked the sort that makes a page interactive; null without one. */
  sortClickedAt: number | null;
  /** When that sort's answer was on screen. */
  sortAnsweredAt: number | null;
  longTasks: LongTask[];
  /** Used JS heap after a forced GC, in bytes; null when not read. */
  heapBytes: number | null;
  /** What the probe could not see, for the figures it could not take. */
  failure: string | null;
}

/**
 * The tasks of the load itself: those done by the bench's sort click (the task the click runs in
 * began a moment before it, and its work is the sort's: firstSort), or begun before interactive
 * without a sort. Null when the page never became interactive.
 */
export function loadTasks(sample: LoadSample): LongTask[] | null {
  const { sortClickedAt, interactive, longTasks } = sample;
  if (sortClickedAt !== null)
    return longTasks.filter((task) => task.start + task.duration <= sortClickedAt);
  return interactive === null ? null : longTasks.filter((task) => task.start < interactive);
}

/** Total blocking time: the sum over the tasks of what each took beyond 50 ms. */
export const totalBlockingTime = (tasks: readonly LongTask[]) =>
  tasks.reduce((sum, task) => sum + Math.max(0, task.duration - BLOCKING_MS), 0);

/** The longest task; 0 without any (so: none over 50 ms). */
export const longestTask = (tasks: readonly LongTask[]) =>
  Math.max(0, ...tasks.map((task) => task.duration));

const ms = (value: number) => `${Math.round(value)} ms`;

/**
 * One load's figures. `pictureRequired` (the explorer's prerendered page and its static page):
 * painted counts only with the map picture shown; without it the figure is n/a, "picture
 * missing", with when the rest had painted. A static page gives painted only (it is interactive
 * when painted); the others also interactive, longest task, total blocking time and heap.
 */
export function recordLoad(
  collector: FigureCollector,
  label: string,
  page: LoadPage,
  sample: LoadSample,
  pictureRequired: boolean,
): void {
  const name = (measure: LoadMeasure) => loadFigureName(measure, label, page);
  const reason = sample.failure ?? 'not measured';
  if (sample.painted === null) collector.fail(name('painted'), 'ms', reason);
  else if (pictureRequired && sample.mapShownBy !== 'picture') {
    const text = sample.textPainted === null ? [] : [`text at ${ms(sample.textPainted)}`];
    const map = sample.mapShownBy === null ? [] : [`${sample.mapShownBy} at ${ms(sample.painted)}`];
    collector.fail(
      name('painted'),
      'ms',
      `picture missing: no img.map-picture shown (${[...text, ...map].join(', ')})`,
    );
  } else collector.add(name('painted'), 'ms', sample.painted);
  if (page === 'static') return;
  if (sample.interactive === null) collector.fail(name('interactive'), 'ms', reason);
  else collector.add(name('interactive'), 'ms', sample.interactive);
  // The sort clicked the moment the page is hydrated: what a quick reader meets, apart from the load.
  if (sample.sortClickedAt !== null && sample.sortAnsweredAt !== null)
    collector.add(name('firstSort'), 'ms', sample.sortAnsweredAt - sample.sortClickedAt);
  const tasks = loadTasks(sample);
  if (tasks === null) {
    collector.fail(name('longestTask'), 'ms', 'never interactive');
    collector.fail(name('tbt'), 'ms', 'never interactive');
  } else {
    collector.add(name('longestTask'), 'ms', longestTask(tasks));
    collector.add(name('tbt'), 'ms', totalBlockingTime(tasks));
  }
  if (sample.heapBytes !== null) collector.add(name('heap'), 'MB', sample.heapBytes / 1e6);
}

/**
 * Each trial's ratios right after its static figure: painted explorer / static, and interactive
 * explorer / static painted (a static page is interactive once painted).
 */
export function withLoadRatios(figures: readonly Figure[]): Figure[] {
  const find = (name: string) => figures.find((figure) => figure.name === name);
  return figures.flatMap((figure) => {
    const label = /^painted\.(.+)\.static$/.exec(figure.name)?.[1];
    if (label === undefined) return [figure];
    const ratios = (['painted', 'interactive'] as const).flatMap((measure) => {
      const explorer = find(loadFigureName(measure, label, 'explorer'));
      return explorer
        ? [ratioFigure(loadFigureName(measure, label, 'ratio'), explorer, figure)]
        : [];
    });
    return [figure, ...ratios];
  });
}
