// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTrial } from '@/test-support/make-trial';
import { faults } from '@/test-support/panel-faults';
import { EmbedView } from './embed-view';

vi.mock('@/features/sites/sites-section', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/features/sites/sites-section')>();
  const { crashable } = await import('@/test-support/panel-faults');
  return { SitesSection: crashable('sites', actual.SitesSection) };
});
vi.mock('@/features/overview/trial-header', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/features/overview/trial-header')>();
  const { crashable } = await import('@/test-support/panel-faults');
  return { TrialHeader: crashable('header', actual.TrialHeader) };
});

describe('EmbedView: each panel behind its own boundary, as on the page', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/?trial=NCT01573923&embed=1');
  });
  afterEach(() => {
    cleanup();
    faults.clear();
  });

  it('a crashed sites table says which panel failed and why; once fixed, "Try again" shows it, focused', async () => {
    faults.add('sites');
    const user = userEvent.setup();
    render(<EmbedView trial={makeTrial()} view="sites" />, { onCaughtError: () => undefined });
    expect(screen.getByRole('alert').textContent).toBe(
      'The sites table could not be shown: forced sites faultTry again',
    );
    expect(screen.queryByRole('table', { name: /^Sites/ })).toBeNull();

    faults.delete('sites');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('table', { name: /^Sites/ })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Sites' }));
  });

  it('in the overview, a crashed header leaves the summary shown', () => {
    faults.add('header');
    render(<EmbedView trial={makeTrial()} view="overview" />, { onCaughtError: () => undefined });
    expect(screen.getByRole('alert').textContent).toContain(
      "The trial's key facts could not be shown: forced header fault",
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Summary' })).toBeTruthy();
  });
});
