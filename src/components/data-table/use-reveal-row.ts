import { useEffect, useEffectEvent, type RefObject } from 'react';
import { keepRowInView } from './keep-row-in-view';
import { findBodyRow } from './row-focus';

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

/**
 * Scrolls the row `rowId` into view when it changes (from the map, the URL or a message). A short
 * table has every row in the DOM: one scrollIntoView. A windowed table keeps the row in its box
 * until it stays there (keep-row-in-view.ts).
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
    return keepRowInView({
      index,
      body: () => options.bodyRef.current,
      scrollBox,
      headerHeight: () => options.headerHeight,
      scrollToIndex: options.scrollToIndex,
    });
  });
  useEffect(() => (rowId ? reveal(rowId) : undefined), [rowId, scrollBox, windowed]);
}
