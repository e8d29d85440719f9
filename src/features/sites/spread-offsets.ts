/** Marker diameter in CSS pixels (site markers are circles this wide). */
export const MARKER_SIZE = 18;

/** Centre-to-centre distance between neighbouring spread markers: a marker plus a gap. */
export const SPREAD_SPACING = MARKER_SIZE + 6;

/** Up to this many sites sit on one ring; more wind out on a spiral. */
export const RING_MAX = 8;

const MIN_RING_RADIUS = 20;
const SPIRAL_START_RADIUS = 2 * SPREAD_SPACING;

/**
 * Pixel offsets that spread `size` sites sharing one point around it, so each marker can be seen,
 * clicked and focused: a ring for a few (one ring, the smallest with neighbours SPREAD_SPACING
 * apart), an Archimedean spiral for more (neighbours along the spiral and between its turns both
 * SPREAD_SPACING apart). A lone site sits on its point. Pure and cheap: O(size).
 */
export function spreadOffsets(size: number): [number, number][] {
  if (size <= 1) return size === 1 ? [[0, 0]] : [];
  if (size <= RING_MAX) return ringOffsets(size);
  return spiralOffsets(size);
}

function ringOffsets(size: number): [number, number][] {
  const radius = Math.max(MIN_RING_RADIUS, SPREAD_SPACING / (2 * Math.sin(Math.PI / size)));
  return Array.from({ length: size }, (_, index) => {
    const angle = (2 * Math.PI * index) / size - Math.PI / 2;
    return [Math.round(radius * Math.cos(angle)), Math.round(radius * Math.sin(angle))];
  });
}

function spiralOffsets(size: number): [number, number][] {
  // r = r0 + b·θ with b = spacing / 2π: one turn further out is one spacing further out.
  const growth = SPREAD_SPACING / (2 * Math.PI);
  const offsets: [number, number][] = [];
  let theta = 0;
  for (let index = 0; index < size; index++) {
    const radius = SPIRAL_START_RADIUS + growth * theta;
    const angle = theta - Math.PI / 2;
    offsets.push([Math.round(radius * Math.cos(angle)), Math.round(radius * Math.sin(angle))]);
    // A step of one spacing along the arc (a chord a little shorter; the start radius keeps it ≥ a marker).
    theta += SPREAD_SPACING / radius;
  }
  return offsets;
}
