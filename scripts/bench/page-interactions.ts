/**
 * Interactions timed inside the page (passed to page.evaluate, so each is self-contained and uses
 * window.__benchLib). Start: performance.now() right before the click or input event is
 * dispatched, in the same task (no Playwright round trip or actionability wait inside the timing).
 * End: the first animation frame in which the DOM shows the result, once that frame has rendered.
 */
export type Timing = { ms: number; detail?: string } | { reason: string };

export interface SortArgs {
  table: string;
  column: string;
  /** Text of the sorted column's first cell once sorted ascending. */
  expected: string;
  /** The cell's text need only start with `expected` (a term cell goes on with the term's notes). */
  prefix?: boolean;
  timeoutMs: number;
}

/** Clicks a column's sort button; done when aria-sort says ascending and the first row is the expected one. */
export async function timeSort({
  table,
  column,
  expected,
  prefix = false,
  timeoutMs,
}: SortArgs): Promise<Timing> {
  const lib = window.__benchLib;
  if (!lib) return { reason: 'bench library not installed' };
  const found = lib.findTable(table);
  const header = found && lib.headerCell(found, column);
  const button = header?.cell.querySelector('button');
  if (!header || !button) return { reason: `no sort button for ${table} › ${column}` };
  if (header.cell.getAttribute('aria-sort') === 'ascending') return { reason: 'already sorted' };
  const sorted = () => {
    const now = lib.findTable(table);
    const cell = now && lib.headerCell(now, column);
    if (!now || cell?.cell.getAttribute('aria-sort') !== 'ascending') return false;
    const first = lib.firstCellText(now, cell.index);
    return first !== null && (prefix ? first.startsWith(expected) : first === expected);
  };
  const start = performance.now();
  button.click();
  const end = await lib.waitFor(sorted, timeoutMs);
  if (end === null) return { reason: `first row not "${expected}" within ${timeoutMs} ms` };
  return { ms: end - start };
}

export interface SelectArgs {
  /** Facilities that name exactly one site, with a point on the map. */
  candidates: string[];
  timeoutMs: number;
}

/** Clicks the first shown site row's button among the candidates; done when its marker has `is-selected`. */
export async function timeSelect({ candidates, timeoutMs }: SelectArgs): Promise<Timing> {
  const lib = window.__benchLib;
  const table = lib?.findTable('Sites');
  if (!lib || !table) return { reason: 'no Sites table' };
  const wanted = new Set(candidates);
  const button = Array.from(table.querySelectorAll('tbody button, [role="row"] button')).find(
    (b) => b instanceof HTMLElement && wanted.has(lib.cellText(b)),
  );
  if (!(button instanceof HTMLElement))
    return { reason: 'no shown site row with a unique facility on the map' };
  const facility = lib.cellText(button);
  const highlighted = () =>
    Array.from(document.querySelectorAll('.leaflet-marker-pane .is-selected')).some((marker) =>
      marker.textContent.includes(facility),
    );
  const start = performance.now();
  button.click();
  const end = await lib.waitFor(highlighted, timeoutMs);
  if (end === null)
    return { reason: `no highlighted marker for "${facility}" within ${timeoutMs} ms` };
  return { ms: end - start, detail: facility };
}

export interface FilterArgs {
  label: string;
  query: string;
  timeoutMs: number;
}

/**
 * Types the whole query into the labelled filter at once (one input event, as a paste would);
 * done when the Sites table shows other rows and the marker pane has changed and then stayed
 * unchanged for 2 frames. A debounce in the app counts, as the user waits for it too.
 */
export async function timeFilter({ label, query, timeoutMs }: FilterArgs): Promise<Timing> {
  const lib = window.__benchLib;
  const table = lib?.findTable('Sites');
  if (!lib || !table) return { reason: 'no Sites table' };
  const input = Array.from(document.querySelectorAll('input')).find(
    (i) =>
      i.getAttribute('aria-label') === label ||
      Array.from(i.labels ?? []).some((l) => lib.cellText(l) === label),
  );
  if (!input) return { reason: `no "${label}" input in this build` };
  const before = lib.tableSignature(table);
  const mutationsBefore = lib.markerMutations();
  const updated = () => {
    const now = lib.findTable('Sites');
    const signature = now ? lib.tableSignature(now) : before;
    const mutations = lib.markerMutations();
    return signature !== before && mutations !== mutationsBefore
      ? `${signature}|${mutations}`
      : null;
  };
  const start = performance.now();
  // Through the prototype's setter, as typing does: React's own tracker then sees a change.
  Reflect.set(HTMLInputElement.prototype, 'value', query, input);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  const end = await lib.waitForStable(updated, 2, timeoutMs);
  if (end === null) return { reason: `table and map not both updated within ${timeoutMs} ms` };
  return { ms: end - start, detail: query };
}

export interface NearestArgs {
  /** The label of the place box. */
  label: string;
  /** A city to type: its first suggestion is chosen. */
  query: string;
  timeoutMs: number;
}

/**
 * Types `query` into the place box and waits, untimed, for its suggestions with every gazetteer
 * chunk read (the list is no longer aria-busy). Timed: a click on the first suggestion, until the
 * Sites table has its Distance column sorted ascending, the map marks the point, and the marker
 * pane and the map's pane (the fitted view; the bench's reduced motion makes the fit a jump) have
 * then stayed unchanged for 2 frames.
 */
export async function timeNearest({ label, query, timeoutMs }: NearestArgs): Promise<Timing> {
  const lib = window.__benchLib;
  if (!lib?.findTable('Sites')) return { reason: 'no Sites table' };
  const input = Array.from(document.querySelectorAll('input')).find((i) =>
    Array.from(i.labels ?? []).some((l) => lib.cellText(l) === label),
  );
  if (!input) return { reason: `no "${label}" box in this build` };
  const listbox = () => {
    const id = input.getAttribute('aria-controls');
    return id === null ? null : document.getElementById(id);
  };
  input.focus();
  Reflect.set(HTMLInputElement.prototype, 'value', query, input);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  const ready = await lib.waitFor(() => {
    const list = listbox();
    return list !== null && !list.hidden && list.getAttribute('aria-busy') !== 'true';
  }, timeoutMs);
  const option = listbox()?.querySelector('[role="option"]');
  if (ready === null || !(option instanceof HTMLElement))
    return { reason: `no suggestion for "${query}" within ${timeoutMs} ms` };
  const choice = lib.cellText(option);
  const mapPane = () => document.querySelector('.leaflet-map-pane')?.getAttribute('style') ?? '';
  const done = () => {
    const table = lib.findTable('Sites');
    const header = table && lib.headerCell(table, 'Distance');
    if (!table || header?.cell.getAttribute('aria-sort') !== 'ascending') return null;
    if (!document.querySelector('.near-point-marker')) return null;
    return `${lib.tableSignature(table)}|${lib.markerMutations()}|${mapPane()}`;
  };
  const start = performance.now();
  option.click();
  const end = await lib.waitForStable(done, 2, timeoutMs);
  if (end === null)
    return { reason: `table not sorted by distance and map not fitted within ${timeoutMs} ms` };
  return { ms: end - start, detail: choice };
}
