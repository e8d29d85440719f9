import { gzipSync } from 'node:zlib';

export type AssetKind = 'initial' | 'lazy' | 'print' | 'data' | 'host example';

export interface AssetSize {
  path: string;
  kind: AssetKind;
  raw: number;
  gzip: number;
}

/** What the size check counts, by extension: code, styles and data. */
export const MEASURED = /\.(m?js|css|json)$/;

/** gzip at level 9: what a static host serving pre-compressed files sends. */
export function gzipBytes(content: Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

/** Classifies one emitted file (a path relative to the build folder). */
export function kindOf(path: string, initial: ReadonlySet<string>): AssetKind {
  if (initial.has(path)) return 'initial';
  if (path === 'print.css') return 'print';
  if (path.endsWith('.json')) return 'data';
  if (path.startsWith('assets/')) return 'lazy';
  return 'host example';
}

export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

export interface SizeVerdict {
  initialGzip: number;
  budget: number;
  withinBudget: boolean;
}

export function judge(sizes: readonly AssetSize[], budget: number): SizeVerdict {
  const initialGzip = sizes
    .filter((size) => size.kind === 'initial')
    .reduce((sum, size) => sum + size.gzip, 0);
  return { initialGzip, budget, withinBudget: initialGzip <= budget };
}

const ORDER: readonly AssetKind[] = ['initial', 'lazy', 'print', 'data', 'host example'];

/** The gazetteer's country chunks (data/gazetteer/<ISO2>.json): hundreds of files, summed up. */
const GAZETTEER_CHUNK = /^data\/gazetteer\/[A-Z]{2}\.json$/;
/** How many of the largest country chunks are listed by name. */
const LARGEST_CHUNKS_LISTED = 3;

/**
 * The gazetteer's country chunks as one line (how many, their total, the median), besides the
 * largest few listed like any file; the other files (index.json, world.json) are listed as usual.
 */
export function summarizeGazetteer(sizes: readonly AssetSize[]): {
  listed: AssetSize[];
  summary: string | null;
} {
  const chunks = sizes.filter((size) => GAZETTEER_CHUNK.test(size.path));
  if (chunks.length === 0) return { listed: [...sizes], summary: null };
  const byGzip = [...chunks].sort((a, b) => b.gzip - a.gzip);
  const shown = new Set(byGzip.slice(0, LARGEST_CHUNKS_LISTED));
  const total = chunks.reduce((sum, size) => sum + size.gzip, 0);
  const median = byGzip[Math.floor(byGzip.length / 2)]?.gzip ?? 0;
  return {
    listed: sizes.filter((size) => !GAZETTEER_CHUNK.test(size.path) || shown.has(size)),
    summary: `data         gazetteer: ${String(chunks.length)} country chunks, ${kB(total)} gzip in all, median ${kB(median)} (a page loads only its trial's countries)`,
  };
}

/** One line a file, grouped by kind, largest first within a kind; then the verdict. */
export function formatReport(allSizes: readonly AssetSize[], verdict: SizeVerdict): string[] {
  const { listed: sizes, summary } = summarizeGazetteer(allSizes);
  const sorted = [...sizes].sort(
    (a, b) =>
      ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) ||
      b.gzip - a.gzip ||
      a.path.localeCompare(b.path),
  );
  const width = Math.max(...sorted.map((size) => size.path.length), 4);
  const lines = sorted.map(
    (size) =>
      `${size.kind.padEnd(12)} ${size.path.padEnd(width)} ${kB(size.gzip).padStart(10)} gzip ${kB(size.raw).padStart(10)} raw`,
  );
  if (summary !== null) lines.push(summary);
  const status = verdict.withinBudget ? 'within budget' : 'OVER BUDGET';
  lines.push(
    `initial JS+CSS: ${kB(verdict.initialGzip)} gzip of a ${kB(verdict.budget)} budget: ${status}`,
  );
  return lines;
}
