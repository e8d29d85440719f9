import { useEffect, useState, type RefObject } from 'react';

/** The width a chart is drawn at before its box is measured (in Node, and on the first render). */
export const DEFAULT_CHART_WIDTH = 640;
/** Narrower than this, a chart is drawn at this width and its box scales it down. */
const MIN_CHART_WIDTH = 280;

/**
 * The width, in CSS pixels, of the box a chart sits in, kept current as it resizes, so text is
 * drawn at its real size on a phone and on a wide screen alike. The first render (and a render
 * in Node) uses DEFAULT_CHART_WIDTH. The box is measured by a ResizeObserver only, which reports
 * after the browser's own layout: reading it during the commit (getBoundingClientRect in a layout
 * effect) forced a layout of the whole results at once, the longest task of drawing them.
 */
export function useChartWidth(box: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(DEFAULT_CHART_WIDTH);
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const measured = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (measured > 0) setWidth(Math.max(MIN_CHART_WIDTH, measured));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [box]);
  return width;
}
