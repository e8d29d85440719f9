import { vi } from 'vitest';

/**
 * jsdom lays nothing out and has no ResizeObserver: this one reports every watched box `width`
 * pixels wide as soon as it is watched, as a browser does after its first layout. For components
 * drawn at their box's width (charts): `stubBoxWidth(332)` is a 360 px phone's content box.
 * Undo with `vi.unstubAllGlobals()`.
 */
export function stubBoxWidth(width: number): void {
  class FixedWidthResizeObserver {
    watched: Element[] = [];
    constructor(private readonly callback: (entries: { contentRect: DOMRect }[]) => void) {}
    observe(element: Element) {
      this.watched.push(element);
      this.callback([{ contentRect: new DOMRect(0, 0, width, 0) }]);
    }
    disconnect() {
      this.watched = [];
    }
  }
  vi.stubGlobal('ResizeObserver', FixedWidthResizeObserver);
}
