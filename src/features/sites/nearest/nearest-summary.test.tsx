// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeSite, SEED_SITES } from '@/test-support/make-trial';
import type { NearPoint } from './near-point';
import { NearestSummary } from './nearest-summary';

afterEach(cleanup);

const SHANGHAI: NearPoint = {
  lat: 31.222,
  lon: 121.458,
  label: 'Shanghai, China',
  origin: 'place',
  near: 'CN-1796236',
};
const summary = () => screen.getByRole('region', { name: /^Nearest/ });

describe('NearestSummary', () => {
  it('names the nearest recruiting site, and nothing nearer when it is the nearest', () => {
    render(<NearestSummary sites={[...SEED_SITES]} point={SHANGHAI} unit="km" />);
    expect(summary()).toHaveProperty(
      'textContent',
      expect.stringContaining('Tongji Hospital of Tongji University'),
    );
    expect(screen.queryByText(/Nearer, but not recruiting/)).toBeNull();
    expect(screen.queryByText(/could not be placed/)).toBeNull();
  });

  it('says when a nearer site is not recruiting, and counts the sites without a point', () => {
    const sites = SEED_SITES.map((site) =>
      site.city === 'Shanghai' ? { ...site, status: 'NOT_YET_RECRUITING' as const } : site,
    );
    sites.push(makeSite({ id: 'site-7', location: null, notOnMapReason: 'no city' }));
    render(<NearestSummary sites={sites} point={SHANGHAI} unit="km" />);
    expect(summary().querySelector('h3')?.textContent).toBe(
      'Nearest recruiting site to Shanghai, China',
    );
    expect(summary().textContent).toContain("The first people's hospital of Lianyungang");
    expect(screen.getByText(/Nearer, but not recruiting/).textContent).toContain(
      'Tongji Hospital of Tongji University, under 1 km',
    );
    expect(screen.getByText(/could not be placed/).textContent).toBe(
      '1 site could not be placed and has no distance: listed last in the table, with the reason.',
    );
  });

  it('says when no site is recruiting, and names the nearest of any status', () => {
    const sites = SEED_SITES.map((site) => ({ ...site, status: 'COMPLETED' as const }));
    render(<NearestSummary sites={sites} point={SHANGHAI} unit="mi" />);
    expect(summary().querySelector('h3')?.textContent).toBe('Nearest site to Shanghai, China');
    expect(screen.getByText('No site of this study is recruiting, by the record.')).toBeTruthy();
    expect(summary().textContent).toContain('under 1 mi');
  });
});
