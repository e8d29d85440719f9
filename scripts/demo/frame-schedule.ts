/**
 * Which captured frame to show at each tick of a constant-rate video. The screencast sends a frame
 * only when the page changes; a frame stays on screen until the next one (or the end) replaces it.
 * `timestamps` are seconds, ascending; `end` is when recording stopped. Returns source indexes.
 */
export function frameSchedule(timestamps: readonly number[], end: number, fps: number): number[] {
  const start = timestamps[0];
  if (start === undefined) return [];
  const ticks = Math.max(1, Math.ceil((end - start) * fps));
  const schedule: number[] = [];
  let index = 0;
  for (let tick = 0; tick < ticks; tick++) {
    const time = start + tick / fps;
    while (index + 1 < timestamps.length && (timestamps[index + 1] ?? Infinity) <= time) index++;
    schedule.push(index);
  }
  return schedule;
}
