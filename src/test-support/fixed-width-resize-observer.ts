import { vi } from 'vitest';

/**
 * jsdom lays nothing out and has no ResizeObserver: this one reports every watched box `width`
 * pixels wide as soon as it is watched, as a browser does after its first layout. For components
 * drawn at their box's width (charts): `stubBoxWidth(332)` is a 360 px phone's content box.
 */
export function stubBoxWidth(width: number): void {
  class FixedWidthResizeObserver {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element): void {
      const entry = { target, contentRect: new DOMRect(0, 0, width, 0) };
      // The entry carries only what the charts read; a full ResizeObserverEntry needs a browser.
      this.callback([entry as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
    }
    unobserve(): void {}
    disconnect(): void {}
  }
  vi.stubGlobal('ResizeObserver', FixedWidthResizeObserver);
}
