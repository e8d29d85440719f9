// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeSite, makeTrial } from '@/test-support/make-trial';
import { CountriesSection } from './countries-section';

afterEach(cleanup);

describe('CountriesSection', () => {
  it('lists China with its six NCT01573923 sites', () => {
    render(<CountriesSection trial={makeTrial()} />);
    const region = screen.getByRole('region', { name: 'Countries' });
    expect(region.id).toBe('countries');
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['China: 6 sites']);
  });

  it('counts sites per country, and lists a country without a listed site by name alone', () => {
    render(
      <CountriesSection
        trial={{
          countries: ['Spain', 'France', 'Italy'],
          sites: [
            makeSite({ id: 'site-1', country: 'Spain' }),
            makeSite({ id: 'site-2', country: 'Spain' }),
            makeSite({ id: 'site-3', country: 'France' }),
          ],
        }}
      />,
    );
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Spain: 2 sites',
      'France: 1 site',
      'Italy',
    ]);
  });

  it('says plainly when no country is listed', () => {
    render(<CountriesSection trial={{ countries: [], sites: [] }} />);
    expect(screen.getByText('No countries listed')).toBeTruthy();
  });

  it('isolates each country from the count after it', () => {
    render(
      <CountriesSection
        trial={{
          countries: ['\u202EChina'],
          sites: [makeSite({ id: 'site-1', country: '\u202EChina' })],
        }}
      />,
    );
    const country = screen.getByText('\u202EChina');
    expect(country.tagName).toBe('BDI');
    expect(country.parentElement?.textContent).toBe('\u202EChina: 1 site');
  });
});
