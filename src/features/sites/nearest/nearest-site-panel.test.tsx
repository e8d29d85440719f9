// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SEED_SITES } from '@/test-support/make-trial';
import type { GazetteerPlace } from '@/trial/gazetteer-format';
import { SitesTable } from '../sites-table';
import type { GazetteerSource } from './gazetteer-source';
import { setNearPoint } from './measure-from';
import { NearestSitePanel } from './nearest-site-panel';

const place = (
  ref: string,
  name: string,
  region: string,
  lat: number,
  lon: number,
  population: number,
): GazetteerPlace => ({
  ref,
  name,
  region,
  country: 'China',
  countryCode: 'CN',
  lat,
  lon,
  population,
});
const PLACES = [
  place('CN-1796236', 'Shanghai', 'Shanghai', 31.222, 121.458, 22_315_474),
  place('CN-1795874', 'Shangyu', 'Zhejiang', 30.016, 120.872, 779_712),
  place('CN-1804430', 'Lanzhou', 'Gansu', 36.057, 103.84, 2_628_426),
];
const source: GazetteerSource = {
  index: () =>
    Promise.resolve({
      schemaVersion: 3,
      countries: { CN: 3 },
      worldPlaces: 0,
      names: { china: 'CN' },
    }),
  chunk: (code) => Promise.resolve(code === 'CN' ? PLACES : []),
};
const sites = [...SEED_SITES];

function position(latitude: number, longitude: number): GeolocationPosition {
  const coords = {
    latitude,
    longitude,
    accuracy: 20,
    altitude: null,
    altitudeAccuracy: null,
    heading: null,
    speed: null,
  };
  return { coords: { ...coords, toJSON: () => coords }, timestamp: 0, toJSON: () => ({ coords }) };
}
function positionError(code: number): GeolocationPositionError {
  return { code, message: 'test', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 };
}

function renderPanel() {
  // The panel asks the query client for the fine outlines on focus; here they never come.
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  vi.spyOn(client, 'query').mockReturnValue(new Promise(() => undefined));
  return render(
    <QueryClientProvider client={client}>
      <NearestSitePanel sites={sites} source={source} />
      <SitesTable sites={sites} totalCount={sites.length} emptyMessage="none" />
    </QueryClientProvider>,
  );
}
const box = () => screen.getByRole('combobox', { name: 'Find the sites nearest to…' });
const tableFacilities = () =>
  within(screen.getByRole('table', { name: /^Sites/ }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('button')?.textContent);
const near = () => new URLSearchParams(window.location.search).get('near');

describe('NearestSitePanel', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/?trial=NCT01573923');
    Element.prototype.scrollIntoView = () => undefined;
  });
  afterEach(() => {
    cleanup();
    act(() => setNearPoint(null));
  });

  it('works by keyboard alone: type, arrow to a suggestion, Enter; the table is nearest first', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.click(box());
    await user.keyboard('shang');
    const list = await screen.findByRole('listbox', { name: 'Places' });
    expect(
      within(list)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Shanghai, China', 'Shangyu, Zhejiang, China']);
    expect(box().getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('2 places found: use the arrow keys to choose.')).toBeTruthy();
    await user.keyboard('{ArrowDown}');
    const first = within(list).getAllByRole('option')[0];
    expect(box().getAttribute('aria-activedescendant')).toBe(first?.id);
    expect(first?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Enter}');

    expect(box()).toHaveProperty('value', 'Shanghai, China');
    expect(box().getAttribute('aria-expanded')).toBe('false');
    expect(near()).toBe('CN-1796236');
    const summary = screen.getByRole('region', {
      name: 'Nearest recruiting site to Shanghai, China',
    });
    expect(summary.textContent).toContain('Tongji Hospital of Tongji University');
    expect(summary.textContent).toContain('under 1 km');
    expect(tableFacilities()[0]).toBe('Tongji Hospital of Tongji University');
    expect(tableFacilities()[1]).toBe("The first people's hospital of Lianyungang");
    expect(screen.getByRole('columnheader', { name: /Distance/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
  });

  it('Escape closes the list, then clears the text; Clear takes the distances away', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.click(box());
    await user.keyboard('lan');
    await screen.findByRole('listbox');
    await user.keyboard('{Escape}');
    expect(box().getAttribute('aria-expanded')).toBe('false');
    expect(box()).toHaveProperty('value', 'lan');
    await user.keyboard('{Escape}');
    expect(box()).toHaveProperty('value', '');

    await user.keyboard('lanzhou{Enter}');
    expect(tableFacilities()[0]).toBe('the First Affiliated Hospital of Lanzhou University');
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(near()).toBeNull();
    expect(screen.queryByRole('columnheader', { name: /Distance/ })).toBeNull();
    expect(screen.queryByRole('region', { name: /^Nearest/ })).toBeNull();
  });

  it('restores a place from the link, and miles from the link', async () => {
    window.history.replaceState(null, '', '/?trial=NCT01573923&near=CN-1804430&units=mi');
    renderPanel();
    const summary = await screen.findByRole('region', {
      name: /^Nearest recruiting site to Lanzhou, Gansu, China/,
    });
    expect(summary.textContent).toContain('the First Affiliated Hospital of Lanzhou University');
    expect(screen.getByRole('radio', { name: 'miles' })).toHaveProperty('checked', true);
    expect(tableFacilities()[1]).toBe("The 323 Hospital of Chinese People's Liberation Army");
    expect(screen.getAllByRole('cell').some((cell) => cell.textContent === '313 mi')).toBe(true);
  });

  it('says so when the link names a place the list does not have', async () => {
    window.history.replaceState(null, '', '/?trial=NCT01573923&near=CN-42');
    renderPanel();
    expect(
      await screen.findByText(
        'The link measures distances from a place (CN-42) that this page’s list of places does not have. Type the place instead.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('columnheader', { name: /Distance/ })).toBeNull();
  });

  it('keeps the device position out of the link until asked, then rounds it to about 1 km', async () => {
    const getCurrentPosition = vi.fn((ok: PositionCallback) => ok(position(36.1234, 103.7777)));
    vi.stubGlobal('navigator', { geolocation: { getCurrentPosition } });
    const user = userEvent.setup();
    renderPanel();
    await user.click(screen.getByRole('button', { name: 'Use my location' }));
    expect(getCurrentPosition).toHaveBeenCalledTimes(1);
    expect(
      screen.getByRole('region', { name: 'Nearest recruiting site to your location' }),
    ).toBeTruthy();
    expect(tableFacilities()[0]).toBe('the First Affiliated Hospital of Lanzhou University');
    expect(window.location.search).not.toContain('near');
    expect(window.location.search).not.toContain('36.1');

    await user.click(screen.getByRole('button', { name: 'Put this place in the link' }));
    expect(near()).toBe('36.12,103.78');
    expect(
      screen.getByRole('region', {
        name: 'Nearest recruiting site to the point in the link (36.12° N, 103.78° E)',
      }),
    ).toBeTruthy();
    vi.unstubAllGlobals();
  });

  it('says why the device gave no position', async () => {
    const getCurrentPosition = vi.fn((_ok: PositionCallback, fail: PositionErrorCallback) =>
      fail(positionError(1)),
    );
    vi.stubGlobal('navigator', { geolocation: { getCurrentPosition } });
    const user = userEvent.setup();
    renderPanel();
    await user.click(screen.getByRole('button', { name: 'Use my location' }));
    expect(
      screen.getByText(/^Your location was not shared: the browser did not allow it\./),
    ).toBeTruthy();
    expect(screen.queryByRole('columnheader', { name: /Distance/ })).toBeNull();
    vi.unstubAllGlobals();
  });
});
