// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { makeSite } from '@/test-support/make-trial';
import { NO_STATUS_FILL, STATUS_COLORS } from '@/components/status-colors';
import { MapLegend } from './map-legend';

afterEach(cleanup);

const sites = (count: number, overrides: Parameters<typeof makeSite>[0]) =>
  Array.from({ length: count }, (_, index) =>
    makeSite({ ...overrides, id: `site-${String(index + 1)}` }),
  );

const notes = (legend: HTMLElement) => [...legend.querySelectorAll('p')].map((p) => p.textContent);

describe('MapLegend', () => {
  it('counts with grouped thousands and the right noun, as the problem list does', () => {
    render(
      <MapLegend
        sites={[
          ...sites(2000, { status: 'RECRUITING' }),
          ...sites(1, { status: 'COMPLETED' }),
          ...sites(1500, { status: 'WITHDRAWN', location: null, notOnMapReason: 'no city' }),
        ]}
      />,
    );
    const legend = screen.getByRole('group', { name: 'Map legend' });
    const items = [...legend.querySelectorAll('li')].map((item) => item.textContent);
    expect(items).toEqual([
      'Recruiting: 2,000 sites',
      'Completed: 1 site',
      'Withdrawn: 1,500 sites',
    ]);
    expect(notes(legend)).toContain(
      '1,500 of 3,501 sites are not on the map (no location; see the sites table).',
    );
  });

  it('says "site is" for a single site off the map', () => {
    render(<MapLegend sites={sites(1, { location: null, notOnMapReason: 'no city' })} />);
    expect(notes(screen.getByRole('group', { name: 'Map legend' }))).toContain(
      '1 of 1 site is not on the map (no location; see the sites table).',
    );
  });

  it('colours each swatch by its status, with no style attribute in the served markup', () => {
    const legend = [...sites(1, { status: 'RECRUITING' }), ...sites(1, { status: null })];
    render(<MapLegend sites={legend} />);
    const fills = [...document.querySelectorAll('.map-legend__swatch')].map((swatch) =>
      swatch.querySelector('circle:last-of-type')?.getAttribute('fill'),
    );
    expect(fills).toEqual([STATUS_COLORS.RECRUITING.background, NO_STATUS_FILL]);
    expect(renderToString(<MapLegend sites={legend} />)).not.toMatch(/\sstyle=/);
  });
});
