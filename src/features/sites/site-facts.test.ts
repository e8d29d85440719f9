import { describe, expect, it } from 'vitest';
import { makeSite } from '@/test-support/make-trial';
import { countSiteStatuses } from './site-facts';

describe('status counts', () => {
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
});
