// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SEED_SITES } from '@/test-support/make-trial';
import type { SitesMapProps } from './sites-map';
import { SitesMapPanel } from './sites-map-panel';

/** The map chunk: fails while `chunk.fails` is set (a dropped connection), else a stand-in map. */
const chunk = vi.hoisted(() => ({ fails: true, loads: 0 }));
vi.mock('./load-sites-map', () => ({
  loadSitesMap: () => {
    chunk.loads++;
    if (chunk.fails)
      return Promise.reject(new Error('Failed to fetch dynamically imported module'));
    return Promise.resolve({
      SitesMap: ({ sites }: SitesMapProps) => (
        <div role="region" aria-label="Map of the trial's sites" tabIndex={0}>
          {sites.length} markers
        </div>
      ),
    });
  },
}));

/** Country outlines: valid, empty TopoJSON, or an HTTP 503 while `outlines.fail` is set. */
const outlines = { fail: false, requests: 0 };
const emptyTopology = {
  type: 'Topology',
  transform: { scale: [1, 1], translate: [0, 0] },
  arcs: [],
  objects: { countries: { type: 'GeometryCollection', geometries: [] } },
};

function renderPanel() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <SitesMapPanel sites={[...SEED_SITES]} />
    </QueryClientProvider>,
    { onCaughtError: () => undefined },
  );
}

describe('SitesMapPanel faults', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/?trial=NCT01573923');
    vi.stubGlobal('fetch', () => {
      outlines.requests++;
      return Promise.resolve(
        outlines.fail
          ? new Response('', { status: 503 })
          : new Response(JSON.stringify(emptyTopology)),
      );
    });
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    Object.assign(chunk, { fails: true, loads: 0 });
    Object.assign(outlines, { fail: false, requests: 0 });
  });

  it('a map chunk that fails to load says so; the filter still works; "Try again" loads the chunk anew', async () => {
    const user = userEvent.setup();
    renderPanel();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'The sites map could not be shown: Failed to fetch dynamically imported module',
    );
    await user.click(screen.getByRole('radio', { name: 'Recruiting (6)' }));
    expect(new URLSearchParams(window.location.search).get('status')).toBe('RECRUITING');

    const loadsBefore = chunk.loads;
    chunk.fails = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    const map = await screen.findByRole('region', { name: "Map of the trial's sites" });
    expect(chunk.loads).toBe(loadsBefore + 1);
    expect(map.textContent).toBe('6 markers');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(map);
  });

  it('a retry that fails again says so again, with the retry focused', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    const retry = await screen.findByRole('button', { name: 'Try again' });
    expect(chunk.loads).toBeGreaterThanOrEqual(2);
    expect(document.activeElement).toBe(retry);
  });

  it('country outlines that fail to load leave the map, with a warning whose "Try again" fetches them again', async () => {
    chunk.fails = false;
    outlines.fail = true;
    const user = userEvent.setup();
    renderPanel();
    expect(
      await screen.findByText(/Country outlines could not be loaded \(.*503.*\)/),
    ).toBeTruthy();
    expect(screen.getByRole('region', { name: "Map of the trial's sites" }).textContent).toBe(
      '6 markers',
    );
    outlines.fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await vi.waitFor(() =>
      expect(screen.queryByText(/Country outlines could not be loaded/)).toBeNull(),
    );
    expect(outlines.requests).toBe(2);
  });
});
