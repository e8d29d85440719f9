import type { GridRect } from './picture-frame';
import type { PixelPoint } from './web-mercator';

/**
 * A closed ring (last point not repeated) clipped to a rectangle (Sutherland–Hodgman, one edge
 * at a time), the cut points rounded to whole units. Empty when the ring lies wholly outside.
 */
export function clipRing(ring: readonly PixelPoint[], rect: GridRect): PixelPoint[] {
  let points: readonly PixelPoint[] = ring;
  const edges: {
    inside: (p: PixelPoint) => boolean;
    cut: (a: PixelPoint, b: PixelPoint) => PixelPoint;
  }[] = [
    { inside: (p) => p.x >= rect.left, cut: (a, b) => atX(a, b, rect.left) },
    { inside: (p) => p.x <= rect.right, cut: (a, b) => atX(a, b, rect.right) },
    { inside: (p) => p.y >= rect.top, cut: (a, b) => atY(a, b, rect.top) },
    { inside: (p) => p.y <= rect.bottom, cut: (a, b) => atY(a, b, rect.bottom) },
  ];
  for (const { inside, cut } of edges) {
    if (points.every(inside)) continue;
    const kept: PixelPoint[] = [];
    points.forEach((current, i) => {
      const previous = points[(i + points.length - 1) % points.length] ?? current;
      if (inside(current)) {
        if (!inside(previous)) kept.push(cut(previous, current));
        kept.push(current);
      } else if (inside(previous)) {
        kept.push(cut(previous, current));
      }
    });
    points = kept;
    if (points.length === 0) return [];
  }
  return [...points];
}

function atX(a: PixelPoint, b: PixelPoint, x: number): PixelPoint {
  return { x, y: Math.round(a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x)) };
}

function atY(a: PixelPoint, b: PixelPoint, y: number): PixelPoint {
  return { x: Math.round(a.x + ((b.x - a.x) * (y - a.y)) / (b.y - a.y)), y };
}

const squaredDistance = (a: PixelPoint, b: PixelPoint) => (a.x - b.x) ** 2 + (a.y - b.y) ** 2;

/** Squared distance from p to the segment a–b. */
function squaredSegmentDistance(p: PixelPoint, a: PixelPoint, b: PixelPoint): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = dx * dx + dy * dy;
  const t =
    length === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length));
  return squaredDistance(p, { x: a.x + t * dx, y: a.y + t * dy });
}

/**
 * A line simplified as Leaflet simplifies every outline it draws (LineUtil.simplify, its
 * smoothFactor as `tolerance`): points nearer than `tolerance` to the last kept one dropped, then
 * Ramer–Douglas–Peucker. Both ends stay.
 */
export function simplifyLine(points: readonly PixelPoint[], tolerance: number): PixelPoint[] {
  const first = points[0];
  if (!first || points.length < 3) return [...points];
  const squared = tolerance * tolerance;
  const reduced: PixelPoint[] = [first];
  let previous = first;
  points.forEach((point, i) => {
    if (i > 0 && squaredDistance(point, previous) > squared) {
      reduced.push(point);
      previous = point;
    }
  });
  const last = points[points.length - 1];
  if (last && previous !== last) reduced.push(last);

  const keep = new Uint8Array(reduced.length);
  keep[0] = 1;
  keep[reduced.length - 1] = 1;
  const stack: [number, number][] = [[0, reduced.length - 1]];
  for (let span = stack.pop(); span; span = stack.pop()) {
    const [from, to] = span;
    const a = reduced[from];
    const b = reduced[to];
    if (!a || !b) continue;
    let farthest = -1;
    let farthestDistance = squared;
    for (let i = from + 1; i < to; i++) {
      const point = reduced[i];
      const distance = point ? squaredSegmentDistance(point, a, b) : 0;
      if (distance > farthestDistance) {
        farthest = i;
        farthestDistance = distance;
      }
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    stack.push([from, farthest], [farthest, to]);
  }
  return reduced.filter((_, i) => keep[i] === 1);
}
