import { describe, expect, it } from 'vitest';
import { makeSite } from '@/test-support/make-trial';
import {
  countSiteStatuses,
  filterSitesByStatus,
  groupSharedPoints,
  spreadOffset,
} from './site-facts';

describe('status counts and filter', () => {
  const sites = [
    makeSite({ id: 'site-1', status: 'RECRUITING' }),
    makeSite({ id: 'site-2', status: null }),
    makeSite({ id: 'site-3', status: 'COMPLETED' }),
    makeSite({ id: 'site-4', status: 'RECRUITING' }),
  ];

  it('counts per status in record order, statusless sites last', () => {
    expect(countSiteStatuses(sites)).toEqual([
      { status: 'RECRUITING', count: 2 },
      { status: 'COMPLETED', count: 1 },
      { status: null, count: 1 },
    ]);
  });

  it('filters to one status, or keeps all', () => {
    expect(filterSitesByStatus(sites, 'RECRUITING').map((s) => s.id)).toEqual(['site-1', 'site-4']);
    expect(filterSitesByStatus(sites, null)).toHaveLength(4);
  });
});

describe('sites sharing a point', () => {
  const shared = { lat: 41.38879, lon: 2.15899, source: 'record' as const };
  const sites = [
    makeSite({ id: 'site-1', location: shared }),
    makeSite({ id: 'site-2', location: { lat: 40.4, lon: -3.7, source: 'record' } }),
    makeSite({ id: 'site-3', location: shared }),
    makeSite({ id: 'site-4', location: null, notOnMapReason: 'record gives no city' }),
  ];

  it('groups sites by identical point and leaves unlocated sites out', () => {
    const placement = groupSharedPoints(sites);
    expect(placement.get('site-1')).toEqual({ index: 0, size: 2 });
    expect(placement.get('site-3')).toEqual({ index: 1, size: 2 });
    expect(placement.get('site-2')).toEqual({ index: 0, size: 1 });
    expect(placement.has('site-4')).toBe(false);
  });

  it('spreads a group so no two markers overlap, and leaves a lone site on its point', () => {
    expect(spreadOffset(0, 1)).toEqual([0, 0]);
    for (const size of [2, 5, 10, 25]) {
      const offsets = Array.from({ length: size }, (_, i) => spreadOffset(i, size));
      for (let a = 0; a < size; a++) {
        for (let b = a + 1; b < size; b++) {
          const [ax, ay] = offsets[a] ?? [0, 0];
          const [bx, by] = offsets[b] ?? [0, 0];
          expect(Math.hypot(ax - bx, ay - by), `markers ${a} and ${b} of ${size}`).toBeGreaterThanOrEqual(8);
        }
      }
    }
  });
});
