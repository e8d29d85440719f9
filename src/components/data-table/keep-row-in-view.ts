import { findBodyRow } from './row-focus';

/** Frames the row must stay in view before the watch is done; late measurements can still move it. */
const STABLE_FRAMES = 30;
/** Give up after this many frames (about 5 s), whatever happens. */
const MAX_FRAMES = 300;
/** Ask the virtualizer again at most every this many frames while the row is out of view. */
const RETRY_EVERY = 5;
/** What a reader does to take over the scroll: the watch stops at once. */
const TAKE_OVER = ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const;

export interface KeepRowInViewOptions {
  index: number;
  body: () => HTMLTableSectionElement | null;
  scrollBox: HTMLElement;
  /** Height of the sticky header, which covers the top of the box. */
  headerHeight: () => number;
  /** Asks the virtualizer to scroll the row into the box. */
  scrollToIndex: (index: number) => void;
}

function rowInView(row: Element, box: Element, headerHeight: number): boolean {
  const [r, b] = [row.getBoundingClientRect(), box.getBoundingClientRect()];
  return r.top >= b.top + headerHeight - 1 && r.bottom <= b.bottom + 1;
}

/**
 * Keeps the row at `index` in a windowed table's box: asks the virtualizer to scroll there, then
 * watches frame by frame until the row has stayed in view for STABLE_FRAMES. Rows are measured as
 * they render (long sites rows are several times the estimate), and each measurement can shift the
 * row after the virtualizer considers its scroll done. The reader's own scrolling, clicking or typing
 * ends the watch (listened for from the next frame, so the key press that started it does not).
 * Returns a function that stops it.
 */
export function keepRowInView(options: KeepRowInViewOptions): () => void {
  const { index, scrollBox } = options;
  let frame = 0;
  let stable = 0;
  let stopped = false;
  const stop = () => {
    stopped = true;
    cancelAnimationFrame(handle);
    for (const type of TAKE_OVER) scrollBox.removeEventListener(type, stop);
  };
  const check = () => {
    if (stopped) return;
    if (frame === 0) {
      for (const type of TAKE_OVER) scrollBox.addEventListener(type, stop, { passive: true });
    }
    const row = findBodyRow(options.body(), index);
    if (row && rowInView(row, scrollBox, options.headerHeight())) stable += 1;
    else {
      if (stable > 0 || frame % RETRY_EVERY === 0) options.scrollToIndex(index);
      stable = 0;
    }
    frame += 1;
    if (stable < STABLE_FRAMES && frame < MAX_FRAMES) handle = requestAnimationFrame(check);
    else stop();
  };
  let handle = requestAnimationFrame(check);
  options.scrollToIndex(index);
  return stop;
}
