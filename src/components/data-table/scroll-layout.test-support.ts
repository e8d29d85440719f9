import { vi } from 'vitest';

/**
 * jsdom lays nothing out: this gives the table's scroll box a height, rows a height, and a working
 * scrollTop/scrollTo (which fires `scroll`, as browsers do), so the virtualizer windows as in a browser.
 */
export function installScrollLayout({
  viewHeight,
  rowHeight,
}: {
  viewHeight: number;
  rowHeight: number;
}) {
  const offsets = new WeakMap<Element, number>();
  const isBox = (element: Element) => element.classList.contains('data-table-scroll');
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return isBox(this) ? viewHeight : 0;
  });
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.tagName === 'TR' ? rowHeight : 0;
  });
  // The box's content: its rows, and the spacer rows standing in for the rest.
  vi.spyOn(Element.prototype, 'scrollHeight', 'get').mockImplementation(function (this: Element) {
    if (!isBox(this)) return 0;
    return [...this.querySelectorAll<HTMLElement>('tr')].reduce(
      (sum, row) => sum + (row.style.height ? Number.parseFloat(row.style.height) : rowHeight),
      0,
    );
  });
  vi.spyOn(Element.prototype, 'scrollTop', 'get').mockImplementation(function (this: Element) {
    return offsets.get(this) ?? 0;
  });
  const scrollTo = function (this: Element, options?: ScrollToOptions | number) {
    const top = typeof options === 'object' ? (options.top ?? 0) : 0;
    offsets.set(this, Math.max(0, top));
    this.dispatchEvent(new Event('scroll'));
  };
  Element.prototype.scrollTo = scrollTo;
  Element.prototype.scrollIntoView = vi.fn();
  let box: Element | null = null;
  return {
    scrollTop: () => {
      box ??= document.querySelector('.data-table-scroll');
      return box ? (offsets.get(box) ?? 0) : 0;
    },
  };
}
