// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { HydrationBoundary } from '@/lib/hydration';
import { makeSite, SEED_SITES } from '@/test-support/make-trial';
import { NearestSiteSlot } from './nearest-site-slot';

afterEach(cleanup);

describe('NearestSiteSlot', () => {
  it('keeps the place box’s room in the prerendered page, for readers with JavaScript only', () => {
    const html = renderToString(
      <HydrationBoundary>
        <NearestSiteSlot sites={[...SEED_SITES]} />
      </HydrationBoundary>,
    );
    expect(html).toBe('<div class="nearest-slot needs-js"></div>');
  });

  it('offers no box where no site is on the map, so no distance could be given', () => {
    const { container } = render(
      <NearestSiteSlot sites={[makeSite({ location: null, notOnMapReason: 'no city' })]} />,
    );
    expect(container.innerHTML).toBe('');
  });
});
