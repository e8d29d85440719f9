// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SEED_SITES } from '@/test-support/make-trial';
import type { SitesMapProps } from './sites-map';
import { SitesMapPanel } from './sites-map-panel';

/**
 * The map chunk: fails while `chunk.fails` is set (a dropped connection), else a stand-in map,
 * which says it is drawn when its "Draw" button is pressed.
 */
const chunk = vi.hoisted(() => ({ fails: true, loads: 0 }));
vi.mock('./load-sites-chunk', () => ({
  loadSitesChunk: () => {
    chunk.loads++;
    if (chunk.fails)
      return Promise.reject(new Error('Failed to fetch dynamically imported module'));
    return Promise.resolve({
      SitesMap: ({ sites, onDrawn }: SitesMapProps) => (
        <div role="region" aria-label="Map of the trial's sites" tabIndex={0}>
          {sites.length} markers
          <button type="button" onClick={onDrawn}>
            Draw
          </button>
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
      <SitesMapPanel trialId="NCT01573923" sites={[...SEED_SITES]} />
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
    expect(map.textContent).toBe('6 markersDraw');
    expect(screen.queryByRole('alert')).toBeNull();
    await vi.waitFor(() => {
      expect(document.activeElement).toBe(map);
    });
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
      '6 markersDraw',
    );
    outlines.fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await vi.waitFor(() =>
      expect(screen.queryByText(/Country outlines could not be loaded/)).toBeNull(),
    );
    expect(outlines.requests).toBe(2);
  });
});

const picture = () =>
  screen.queryByRole('img', {
    name: "Picture of the map of the trial's 6 sites; the sites table lists them.",
  });

describe('SitesMapPanel: the map picture, then the live map', () => {
  beforeEach(() => {
    chunk.fails = false;
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify(emptyTopology))));
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    Object.assign(chunk, { fails: true, loads: 0 });
  });

  it("shows the trial's map picture in the map's place until the live map is drawn, then the live map alone (the picture kept for print)", async () => {
    window.history.replaceState(null, '', '/?trial=NCT01573923');
    const user = userEvent.setup();
    renderPanel();
    expect(picture()?.getAttribute('src')).toBe('/data/maps/NCT01573923.svg');
    expect(screen.queryByRole('status')).toBeNull();
    const map = await screen.findByRole('region', { name: "Map of the trial's sites" });
    expect(picture()).not.toBeNull();
    // Both in one box while the live map draws: the map first, the picture over it.
    expect(map.nextElementSibling).toBe(picture());
    await user.click(screen.getByRole('button', { name: 'Draw' }));
    // Kept for the print-out only: class print-only hides it on screen (global.css), print.css shows it.
    expect(picture()?.className).toBe('map-picture print-only');
    expect(screen.getByRole('region', { name: "Map of the trial's sites" })).toBe(map);
  });

  it('with a filter in the URL there is no picture (it shows all sites): a loading note until the map is there', async () => {
    window.history.replaceState(null, '', '/?trial=NCT01573923&sitesFilter=Lanzhou');
    renderPanel();
    expect(picture()).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Loading map…');
    const map = await screen.findByRole('region', { name: "Map of the trial's sites" });
    expect(map.textContent).toBe('1 markersDraw');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('a trial opened from a file has no picture (none was built for it)', () => {
    window.history.replaceState(null, '', '/?trial=NCT01573923&source=file');
    renderPanel();
    expect(picture()).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Loading map…');
  });
});
