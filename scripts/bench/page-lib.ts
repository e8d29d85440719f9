import type { BenchLib } from './page-globals';

/**
 * Runs in the page (init script, serialized): installs `window.__benchLib`, the DOM reading the
 * measurements share. Only generic DOM facts: accessible table names, header text, body rows,
 * aria-rowcount and Leaflet's marker pane, so it holds for plain and virtualized tables,
 * single markers and clusters alike. Must stay self-contained (no imports at run time).
 */
export function installBenchLib(): void {
  const textOf = (node: Element): string => {
    const clone = node.cloneNode(true);
    if (clone instanceof Element)
      clone.querySelectorAll('.visually-hidden').forEach((e) => e.remove());
    return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
  };
  const nameOf = (table: Element): string => {
    const labelledBy = table.getAttribute('aria-labelledby');
    if (labelledBy) {
      return labelledBy
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
    }
    const label = table.getAttribute('aria-label');
    if (label) return label.trim();
    return (table.querySelector('caption')?.textContent ?? '').trim();
  };
  const isCell = (node: Element) =>
    node.tagName === 'TD' ||
    node.getAttribute('role') === 'cell' ||
    node.getAttribute('role') === 'gridcell';
  const cellsOf = (row: Element) => Array.from(row.children).filter(isCell);
  const showsText = (row: Element) => cellsOf(row).some((cell) => cell.textContent.trim() !== '');
  const firstRow = (table: Element): Element | null => {
    for (const body of Array.from(table.querySelectorAll('tbody'))) {
      for (let row = body.firstElementChild; row; row = row.nextElementSibling) {
        if (showsText(row)) return row;
      }
    }
    for (const row of Array.from(table.querySelectorAll('[role="row"]'))) {
      if (showsText(row)) return row;
    }
    return null;
  };
  const firstCellText = (table: Element, index: number): string | null => {
    const row = firstRow(table);
    const cell = row ? cellsOf(row)[index] : undefined;
    return cell ? textOf(cell) : null;
  };

  let pane: Element | null = null;
  let mutations = 0;
  const observer = new MutationObserver((records) => (mutations += records.length));
  const markerPane = (): Element | null => {
    const current = document.querySelector('.leaflet-marker-pane');
    if (current !== pane) {
      observer.disconnect();
      pane = current;
      mutations += 1;
      if (current) observer.observe(current, { attributes: true, childList: true, subtree: true });
    }
    return current;
  };

  /** Inside an animation frame callback: resolves with performance.now() once this frame has rendered. */
  const rendered = () =>
    new Promise<number>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  const waitForStable: BenchLib['waitForStable'] = (state, frames, timeoutMs) =>
    new Promise((resolve) => {
      const deadline = performance.now() + timeoutMs;
      let run: { state: string; rendered: Promise<number>; length: number } | null = null;
      const tick = () => {
        if (performance.now() > deadline) return resolve(null);
        const now = state();
        if (now === null) run = null;
        else if (run?.state === now) run.length += 1;
        else run = { state: now, rendered: rendered(), length: 1 };
        if (run && run.length > frames) return void run.rendered.then(resolve);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });

  const lib: BenchLib = {
    findTable: (prefix) =>
      Array.from(document.querySelectorAll('table, [role="table"], [role="grid"]')).find((table) =>
        nameOf(table).startsWith(prefix),
      ) ?? null,
    firstRow,
    cellText: textOf,
    headerCell: (table, header) => {
      const cells = Array.from(table.querySelectorAll('th, [role="columnheader"]'));
      const index = cells.findIndex((cell) => textOf(cell).startsWith(header));
      const cell = cells[index];
      return cell ? { cell, index } : null;
    },
    firstCellText,
    tableSignature: (table) =>
      [
        nameOf(table),
        table.getAttribute('aria-rowcount') ?? '',
        firstCellText(table, 0) ?? '',
      ].join('|'),
    markerCount: () => markerPane()?.childElementCount ?? -1,
    markerMutations: () => {
      markerPane();
      return mutations;
    },
    waitForStable,
    waitFor: (check, timeoutMs) => waitForStable(() => (check() ? 'ok' : null), 0, timeoutMs),
  };
  window.__benchLib = lib;
}
