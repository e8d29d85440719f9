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

export interface LoadState {
  /** performance.now() when the first frame showing everything had rendered; null until then. */
  ready: number | null;
  /** When the stability check confirmed it (two frames later). */
  confirmedAt: number | null;
  timedOut: boolean;
  longTasks: LongTask[];
}

export interface LoadProbeConfig {
  /** Table name prefixes that must show a first row. */
  tables: string[];
  /** Whether the marker pane must be non-empty. */
  markers: boolean;
  timeoutMs: number;
}

declare global {
  interface Window {
    __benchLib?: BenchLib;
    __benchLoad?: LoadState;
  }
}
