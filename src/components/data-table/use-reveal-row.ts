import { useEffect, useEffectEvent, type RefObject } from 'react';
import { findBodyRow } from './row-focus';

/** Frames the row must stay in view before the reveal is done; late measurements can still move it. */
const STABLE_FRAMES = 30;
/** Give up after this many frames (about 5 s), whatever happens. */
const MAX_FRAMES = 300;
/** Ask the virtualizer again at most every this many frames while the row is out of view. */
const RETRY_EVERY = 5;
/** What a reader does to take over the scroll: the reveal stops at once. */
const TAKE_OVER = ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const;

interface Options {
  /** The id of the row to show (the selected site), or null. */
  rowId: string | null | undefined;
  /** Its position in the sorted rows, or -1. */
  indexOf: (rowId: string) => number;
  bodyRef: RefObject<HTMLTableSectionElement | null>;
  /** The long table's own scroll box, or null for a short table (the page scrolls). */
  scrollBox: HTMLDivElement | null;
  windowed: boolean;
  /** Height of the sticky header, which covers the top of the box. */
  headerHeight: number;
  scrollToIndex: (index: number) => void;
}

function rowInView(row: Element, box: Element, headerHeight: number): boolean {
  const [r, b] = [row.getBoundingClientRect(), box.getBoundingClientRect()];
  return r.top >= b.top + headerHeight - 1 && r.bottom <= b.bottom + 1;
}

/**
 * Scrolls the row `rowId` into view when it changes (from the map, the URL or a message). A short
 * table has every row in the DOM: one scrollIntoView. A windowed table asks the virtualizer, then
 * watches frame by frame until the row has stayed in the box for STABLE_FRAMES: rows are measured
 * as they render (long sites rows are several times the estimate), and each measurement can shift
 * the row after the virtualizer considers its scroll done. A reader's own scrolling ends the watch.
 */
export function useRevealRow(options: Options): void {
  const { rowId, scrollBox, windowed } = options;
  const reveal = useEffectEvent((id: string): (() => void) | undefined => {
    const index = options.indexOf(id);
    if (index < 0) return undefined;
    if (!windowed) {
      findBodyRow(options.bodyRef.current, index)?.scrollIntoView({
        block: 'nearest',
        inline: 'nearest',
      });
      return undefined;
    }
    if (!scrollBox) return undefined;
    let frame = 0;
    let stable = 0;
    let handle = requestAnimationFrame(function check() {
      const row = findBodyRow(options.bodyRef.current, index);
      if (row && rowInView(row, scrollBox, options.headerHeight)) stable += 1;
      else {
        if (stable > 0 || frame % RETRY_EVERY === 0) options.scrollToIndex(index);
        stable = 0;
      }
      frame += 1;
      if (stable < STABLE_FRAMES && frame < MAX_FRAMES) handle = requestAnimationFrame(check);
    });
    options.scrollToIndex(index);
    const stop = () => cancelAnimationFrame(handle);
    for (const type of TAKE_OVER) scrollBox.addEventListener(type, stop, { passive: true });
    return () => {
      stop();
      for (const type of TAKE_OVER) scrollBox.removeEventListener(type, stop);
    };
  });
  useEffect(() => (rowId ? reveal(rowId) : undefined), [rowId, scrollBox, windowed]);
}
