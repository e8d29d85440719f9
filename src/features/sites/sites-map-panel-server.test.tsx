import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { SEED_SITES } from '@/test-support/make-trial';
import { SitesMapPanel } from './sites-map-panel';

const chunk = vi.hoisted(() => ({ loads: 0 }));
vi.mock('./load-sites-chunk', () => ({
  loadSitesChunk: () => {
    chunk.loads++;
    return new Promise(() => undefined);
  },
}));

describe('SitesMapPanel in Node (the prerender)', () => {
  it('renders the map picture in the map box, with no live map, loading note or style attribute', () => {
    const html = renderToString(
      <QueryClientProvider client={new QueryClient()}>
        <SitesMapPanel trialId="NCT01573923" sites={[...SEED_SITES]} />
      </QueryClientProvider>,
    );
    expect(html).toContain(
      '<img class="map-picture" src="/data/maps/NCT01573923.svg" alt="Picture of the map of the trial&#x27;s 6 sites; the sites table lists them." fetchPriority="high"/>',
    );
    expect(html).toContain('Recruiting<!-- -->: <!-- -->6 sites');
    expect(html).not.toContain('Loading map');
    expect(html).not.toContain('style=');
    expect(chunk.loads).toBe(0);
  });
});
