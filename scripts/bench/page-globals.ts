/**
 * What the benchmark installs in the page (see page-lib.ts and load-probe.ts). Browser-side code
 * only reaches Node through page.evaluate, so these are the shapes both sides agree on.
 */
export interface BenchLib {
  /** A table (`table`, role table or grid) whose accessible name starts with `prefix`. */
  findTable: (prefix: string) => Element | null;
  /** The first body row that shows text (spacer rows of a virtualized table are skipped). */
  firstRow: (table: Element) => Element | null;
  /** Visible text of a cell: visually hidden hints removed, white space collapsed. */
  cellText: (cell: Element) => string;
  /** A column header whose text starts with `header`, and its column index. */
  headerCell: (table: Element, header: string) => { cell: Element; index: number } | null;
  /** Text of cell `index` of the first body row, or null without rows. */
  firstCellText: (table: Element, index: number) => string | null;
  /** Name + aria-rowcount + first row text: changes when the shown rows change. */
  tableSignature: (table: Element) => string;
  /** Children of Leaflet's marker pane (markers and clusters); -1 without a map. */
  markerCount: () => number;
  /** Mutations seen in the marker pane so far (attributes, children, subtree; a new pane counts). */
  markerMutations: () => number;
  /**
   * Checks `state` in every animation frame; resolves with the time the first frame of a run of
   * `frames` + 1 consecutive frames with the same non-null state had finished rendering
   * (performance.now() in a task posted from that frame's callback); null after the timeout.
   */
  waitForStable: (
    state: () => string | null,
    frames: number,
    timeoutMs: number,
  ) => Promise<number | null>;
  /** The first frame in which `check` holds, as above (no stability asked). */
  waitFor: (check: () => boolean, timeoutMs: number) => Promise<number | null>;
}

export interface LongTask {
  start: number;
  duration: number;
}

/** What showed the map box in the painted frame. */
export type MapShownBy = 'picture' | 'live map';

export interface LoadState {
  /**
   * performance.now() when the first frame showing every section's text and the map had rendered
   * (see load-probe.ts); null until then or when it never did.
   */
  painted: number | null;
  /** The same for the sections' text alone (said when painted is n/a for want of the picture). */
  textPainted: number | null;
  /** What showed the map in that frame; null when no map was asked for. */
  mapShownBy: MapShownBy | null;
  /** When the bench's sort click was dispatched (hydrated, markers drawn, sort button there). */
  sortClickedAt: number | null;
  /** When the frame showing that sort's answer had rendered; null without one. */
  sortAnsweredAt: number | null;
  /** performance.now() when the frame showing the sort's answer had rendered (or, without a sort, hydrated with markers). */
  interactive: number | null;
  /** Set once the probe is done (both figures taken, or it gave up). */
  doneAt: number | null;
  /** Why a figure could not be taken (what was still missing when the probe gave up). */
  failure: string | null;
  longTasks: LongTask[];
}

export interface LoadProbeConfig {
  /** The document to measure: the top one, or a framed one (an embed; the host page is not measured). */
  target: 'top' | 'frame';
  /** Section headings (h2 text inside main) that must be laid out with text of their section. */
  sections: string[];
  /**
   * The map box: `picture` needs img.map-picture laid out and loaded; `picture or live map` also
   * takes Leaflet's drawn markers (whichever comes first, said in mapShownBy); `none`: no map.
   */
  map: 'picture' | 'picture or live map' | 'none';
  /**
   * Interactive: hydrated (data-app), Leaflet's markers drawn, and a sort of `sort` answered
   * (null: no table in this view). Null: a static page, interactive when painted.
   */
  interactive: { markers: boolean; sort: { table: string; column: string } | null } | null;
  timeoutMs: number;
}

declare global {
  interface Window {
    __benchLib?: BenchLib;
    __benchLoad?: LoadState;
  }
}
