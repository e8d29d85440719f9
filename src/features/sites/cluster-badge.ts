/** "950", "1.2k", "10k": what fits in the badge (the accessible name always has the full count). */
export function shortCount(count: number): string {
  if (count < 1000) return String(count);
  const thousands = count / 1000;
  return `${thousands < 10 ? thousands.toFixed(1).replace(/\.0$/, '') : Math.round(thousands)}k`;
}

/** Badge diameter in CSS pixels, growing with the count's magnitude. */
export function clusterSize(count: number): number {
  if (count < 10) return 28;
  if (count < 100) return 34;
  if (count < 1000) return 40;
  return 46;
}

/** Badges are drawn above single sites (a marker's z-index is its y, plus this), below a selected one (1000). */
export const BADGE_Z_OFFSET = 500;
