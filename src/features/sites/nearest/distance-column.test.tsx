// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeSite, SEED_SITES } from '@/test-support/make-trial';
import { SitesTable } from '../sites-table';
import { setNearPoint } from './measure-from';

const UNPLACED = makeSite({
  id: 'site-7',
  facility: 'Clinic without a city',
  location: null,
  notOnMapReason: 'no city in the record',
});
const sites = [UNPLACED, ...SEED_SITES];
const rows = () =>
  within(screen.getByRole('table', { name: /^Sites/ }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent));

describe('the Distance column', () => {
  beforeEach(() => window.history.replaceState(null, '', '/?trial=NCT01573923'));
  afterEach(() => {
    cleanup();
    act(() => setNearPoint(null));
  });

  it('comes with a point, after the facility, nearest first; a site without a point is last, with the reason', () => {
    render(<SitesTable sites={sites} totalCount={sites.length} emptyMessage="none" />);
    expect(screen.queryByRole('columnheader', { name: /Distance/ })).toBeNull();
    act(() =>
      setNearPoint({
        lat: 36.057,
        lon: 103.84,
        label: 'Lanzhou, Gansu, China',
        origin: 'place',
        near: 'CN-1804430',
      }),
    );
    const headers = screen.getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers[1]).toMatch(/^Distance/);
    const table = rows();
    expect(table[0]?.[1]).toBe('under 1 km');
    expect(table.map((row) => row[1])).toEqual([
      'under 1 km',
      '504 km',
      '1,180 km',
      '1,403 km',
      '1,714 km',
      '1,979 km',
      'Unknown: no city in the record',
    ]);
    expect(table[6]?.[0]).toContain('Clinic without a city');
  });
});
