import { useEffect, useEffectEvent, type RefObject } from 'react';
import { keepRowInView } from './keep-row-in-view';

interface Options {
  /** The id of the row to show (the selected site), or null. */
  rowId: string | null | undefined;
  /** Its position in the sorted rows, or -1. */
  indexOf: (rowId: string) => number;
  bodyRef: RefObject<HTMLTableSectionElement | null>;
  /** The long table's own scroll box (null until it has mounted). */
  scrollBox: HTMLDivElement | null;
  /** Height of the sticky header, which covers the top of the box. */
  headerHeight: number;
  scrollToIndex: (index: number) => void;
}

/**
 * In a windowed table, scrolls the row `rowId` into the box when it changes (from the map, the URL
 * or a message) and keeps it there until it stays (keep-row-in-view.ts).
 */
export function useRevealRow(options: Options): void {
  const { rowId, scrollBox } = options;
  const reveal = useEffectEvent((id: string): (() => void) | undefined => {
    const index = options.indexOf(id);
    if (index < 0 || !scrollBox) return undefined;
    return keepRowInView({
      index,
      body: () => options.bodyRef.current,
      scrollBox,
      headerHeight: () => options.headerHeight,
      scrollToIndex: options.scrollToIndex,
    });
  });
  useEffect(() => (rowId ? reveal(rowId) : undefined), [rowId, scrollBox]);
}
