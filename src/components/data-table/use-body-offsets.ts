import { useLayoutEffect, useState, type RefObject } from 'react';

export interface BodyOffsets {
  /** Distance from the top of the scroll box's content to the first body row (caption and header). */
  top: number;
  /** Height of the sticky header row, which covers the top of the box. */
  header: number;
}

/** Measures where the body starts in its scroll box, and keeps measuring as caption or header resize. */
export function useBodyOffsets(bodyRef: RefObject<HTMLTableSectionElement | null>): BodyOffsets {
  const [offsets, setOffsets] = useState<BodyOffsets>({ top: 0, header: 0 });
  useLayoutEffect(() => {
    const body = bodyRef.current;
    const table = body?.closest('table');
    if (!body || !table || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const top = Math.round(body.getBoundingClientRect().top - table.getBoundingClientRect().top);
      const header = Math.round(table.tHead?.getBoundingClientRect().height ?? 0);
      setOffsets((previous) =>
        previous.top === top && previous.header === header ? previous : { top, header },
      );
    });
    for (const part of [table.caption, table.tHead]) if (part) observer.observe(part);
    return () => observer.disconnect();
  }, [bodyRef]);
  return offsets;
}
