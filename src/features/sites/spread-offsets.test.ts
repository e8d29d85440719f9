import { describe, expect, it } from 'vitest';
import { MARKER_SIZE, RING_MAX, spreadOffsets } from './spread-offsets';

function closestPair(offsets: [number, number][]): number {
  let closest = Number.POSITIVE_INFINITY;
  for (let a = 0; a < offsets.length; a++) {
    for (let b = a + 1; b < offsets.length; b++) {
      const [ax, ay] = offsets[a] ?? [0, 0];
      const [bx, by] = offsets[b] ?? [0, 0];
      closest = Math.min(closest, Math.hypot(ax - bx, ay - by));
    }
  }
  return closest;
}

describe('spreading sites that share one point', () => {
  it('leaves a lone site on its point', () => {
    expect(spreadOffsets(1)).toEqual([[0, 0]]);
    expect(spreadOffsets(0)).toEqual([]);
  });

  it('puts a few sites on one ring around the point, off the point', () => {
    for (let size = 2; size <= RING_MAX; size++) {
      const radii = spreadOffsets(size).map(([x, y]) => Math.hypot(x, y));
      expect(radii).toHaveLength(size);
      expect(Math.max(...radii) - Math.min(...radii), `ring of ${size}`).toBeLessThanOrEqual(1.5);
      expect(Math.min(...radii)).toBeGreaterThanOrEqual(MARKER_SIZE);
    }
  });

  it('never lets two markers overlap, on a ring or a spiral of hundreds', () => {
    for (const size of [2, 3, 5, 8, 9, 10, 25, 60, 200, 500]) {
      expect(closestPair(spreadOffsets(size)), `${size} sites`).toBeGreaterThanOrEqual(
        MARKER_SIZE + 2,
      );
    }
  });

  it('winds a spiral outwards, so a big group stays compact', () => {
    const spiral = spreadOffsets(100).map(([x, y]) => Math.hypot(x, y));
    expect(spiral[99] ?? 0).toBeGreaterThan(spiral[0] ?? 0);
    // 100 markers of 24 px spacing cover about 100·24² px²: a disc of radius ~140 px, not a long line.
    expect(Math.max(...spiral)).toBeLessThan(200);
  });

  it('is deterministic', () => {
    expect(spreadOffsets(40)).toEqual(spreadOffsets(40));
  });
});
