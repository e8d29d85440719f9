// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEED_SITES } from '@/test-support/make-trial';
import { SitesSection } from './sites-section';

const sites = [...SEED_SITES];
const table = () => screen.getByRole('table', { name: /^Sites/ });
const facilities = () =>
  within(table())
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('button')?.textContent ?? row.textContent);

describe('SitesSection text filter', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/?trial=NCT01573923');
    Element.prototype.scrollIntoView = () => undefined;
  });
  afterEach(cleanup);

  it('narrows the table as typed (any case, any accents), counts the rest and keeps the text in the URL', async () => {
    const user = userEvent.setup();
    render(<SitesSection sites={sites} />);
    expect(screen.getByRole('status').textContent).toBe('Showing 6 of 6 sites');
    const input = screen.getByRole('searchbox', { name: 'Filter sites' });
    expect(input.getAttribute('aria-describedby')).toBeTruthy();
    await user.type(input, 'LÁNZHOU');
    expect(input).toHaveProperty('value', 'LÁNZHOU');
    await waitFor(() =>
      expect(facilities()).toEqual(['the First Affiliated Hospital of Lanzhou University']),
    );
    expect(screen.getByRole('status').textContent).toBe('Showing 1 of 6 sites');
    expect(new URLSearchParams(window.location.search).get('sitesFilter')).toBe('LÁNZHOU');
    expect(table().getAttribute('aria-rowcount')).toBe('2');
  });

  it('opens filtered from a link, says when nothing matches, and clears back to every site', async () => {
    window.history.replaceState(null, '', '/?trial=NCT01573923&sitesFilter=atlantis');
    const user = userEvent.setup();
    render(<SitesSection sites={sites} />);
    expect(screen.getByRole('searchbox', { name: 'Filter sites' })).toHaveProperty(
      'value',
      'atlantis',
    );
    expect(screen.getByRole('status').textContent).toMatch(/^No site matches “atlantis”/);
    expect(facilities()).toEqual(['No site matches “atlantis”.']);
    await user.click(screen.getByRole('button', { name: 'Clear filter' }));
    expect(facilities()).toHaveLength(6);
    expect(window.location.search).toBe('?trial=NCT01573923');
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Filter sites' }));
  });
});
