// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { basemapQueryOptions } from '@/features/sites/basemap-query';
import { makeTrial } from '@/test-support/make-trial';
import { faults } from '@/test-support/panel-faults';
import { TrialSections } from './trial-sections';

vi.mock('@/features/sites/sites-section', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/features/sites/sites-section')>();
  const { crashable } = await import('@/test-support/panel-faults');
  return { SitesSection: crashable('sites', actual.SitesSection) };
});
vi.mock('@/features/eligibility/eligibility-section', async (importOriginal) => {
  const actual =
    await importOriginal<typeof import('@/features/eligibility/eligibility-section')>();
  const { crashable } = await import('@/test-support/panel-faults');
  return { EligibilitySection: crashable('eligibility', actual.EligibilitySection) };
});
// jsdom cannot run Leaflet: a stand-in map.
vi.mock('@/features/sites/load-sites-chunk', () => ({
  loadSitesChunk: () =>
    Promise.resolve({
      SitesMap: ({ selectedSiteId }: { selectedSiteId: string | null }) => (
        <div role="region" aria-label="Map of the trial's sites">
          Selected: {selectedSiteId ?? 'none'}
        </div>
      ),
    }),
}));

function renderSections() {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity } },
  });
  client.setQueryData(basemapQueryOptions('coarse').queryKey, {
    type: 'FeatureCollection',
    features: [],
  });
  return render(
    <QueryClientProvider client={client}>
      <TrialSections trial={makeTrial()} />
    </QueryClientProvider>,
    { onCaughtError: () => undefined },
  );
}

const table = (name: string) => screen.getByRole('table', { name: new RegExp(`^${name}`) });

describe('TrialSections: one crashing panel leaves the others working', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/?trial=NCT01573923');
    Element.prototype.scrollIntoView = () => undefined;
  });
  afterEach(() => {
    cleanup();
    faults.clear();
  });

  it('a crashed sites table says so; the other tables still sort; once fixed, "Try again" shows it', async () => {
    faults.add('sites');
    const user = userEvent.setup();
    renderSections();
    expect(screen.getByRole('alert').textContent).toContain(
      'The sites table could not be shown: forced sites fault',
    );
    expect(screen.queryByRole('table', { name: /^Sites/ })).toBeNull();

    const role = within(table('Investigators')).getByRole('columnheader', { name: /Role/ });
    await user.click(within(role).getByRole('button'));
    expect(role.getAttribute('aria-sort')).toBe('ascending');
    const type = within(table('Study groups')).getByRole('columnheader', { name: /Type/ });
    await user.click(within(type).getByRole('button'));
    expect(type.getAttribute('aria-sort')).toBe('ascending');
    expect(screen.getByRole('heading', { level: 2, name: 'Eligibility' })).toBeTruthy();
    expect(await screen.findByRole('region', { name: "Map of the trial's sites" })).toBeTruthy();

    faults.delete('sites');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(table('Sites')).toBeTruthy();
    // The code that moves focus comes with the first retry (a chunk of its own): waited for.
    await waitFor(() => {
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Sites' }));
    });
  });

  it('crashed eligibility says so; selecting a site in the sites table still shows it on the map', async () => {
    faults.add('eligibility');
    const user = userEvent.setup();
    renderSections();
    expect(screen.getByRole('alert').textContent).toContain(
      'The eligibility criteria could not be shown: forced eligibility fault',
    );
    const sites = within(table('Sites'));
    await user.click(sites.getByRole('button', { name: /Lanzhou University/ }));
    // The Lanzhou site is the record's second: site-2 in the URL and on the map, its row alone pressed.
    expect(new URLSearchParams(window.location.search).get('site')).toBe('site-2');
    const pressed = sites
      .getAllByRole('button', { pressed: true })
      .map((button) => button.textContent);
    expect(pressed).toEqual(['the First Affiliated Hospital of Lanzhou University']);
    const map = await screen.findByRole('region', { name: "Map of the trial's sites" });
    expect(map.textContent).toBe('Selected: site-2');
  });
});
