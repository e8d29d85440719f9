/**
 * A percent affected as the adverse-events part writes it: one decimal at most ("2.5%", "15%"),
 * and never rounded to a value that says something else: a few affected out of many is "<0.1%",
 * not "0%"; nearly all is ">99.9%", not "100%".
 */
export function percentText(percent: number): string {
  if (percent > 0 && percent < 0.05) return '<0.1%';
  if (percent > 99.95 && percent < 100) return '>99.9%';
  const rounded = percent.toFixed(1).replace(/\.0$/, '');
  return `${rounded}%`;
}

/** A difference between two percents, in percentage points ("15 points", "0.6 points"). */
export function pointsText(points: number): string {
  if (points > 0 && points < 0.05) return '<0.1 points';
  const rounded = points.toFixed(1).replace(/\.0$/, '');
  return `${rounded} ${rounded === '1' ? 'point' : 'points'}`;
}
