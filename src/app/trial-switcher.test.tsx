// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CatalogEntry } from '@/trial/trial-schema';
import { TrialSwitcher } from './trial-switcher';

const entry = (nctId: string, briefTitle: string): CatalogEntry => ({
  nctId,
  briefTitle,
  overallStatus: 'RECRUITING',
  siteCount: 1,
});

describe('TrialSwitcher', () => {
  afterEach(cleanup);

  it('is absent with a single trial', () => {
    render(<TrialSwitcher trials={[entry('NCT01573923', 'Stem cells')]} current="NCT01573923" />);
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('links every trial and marks the current one', () => {
    render(
      <TrialSwitcher
        trials={[entry('NCT01573923', 'Stem cells'), entry('NCT02552212', 'Another trial')]}
        current="NCT02552212"
      />,
    );
    const links = within(screen.getByRole('navigation', { name: 'Trials' })).getAllByRole('link');
    expect(
      links.map((link) => [
        link.textContent,
        link.getAttribute('href'),
        link.getAttribute('aria-current'),
      ]),
    ).toEqual([
      ['NCT01573923', '?trial=NCT01573923', null],
      ['NCT02552212', '?trial=NCT02552212', 'page'],
    ]);
  });
});
