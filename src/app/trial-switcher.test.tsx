// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTrial } from '@/test-support/make-trial';
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
    render(
      <TrialSwitcher
        trials={[entry('NCT01573923', 'Stem cells')]}
        current={{ nctId: 'NCT01573923', source: null }}
      />,
    );
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('links every trial and marks the current one', () => {
    render(
      <TrialSwitcher
        trials={[entry('NCT01573923', 'Stem cells'), entry('NCT02552212', 'Another trial')]}
        current={{ nctId: 'NCT02552212', source: null }}
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
      ['NCT01573923', '/trials/NCT01573923/', null],
      ['NCT02552212', '/trials/NCT02552212/', 'page'],
    ]);
  });

  it('adds the trials opened from files, marked as such, with links that keep them in memory', () => {
    const local = makeTrial({ nctId: 'NCT03475563', briefTitle: 'From a file' });
    render(
      <TrialSwitcher
        trials={[entry('NCT01573923', 'Stem cells')]}
        local={[{ trial: local, results: null, fileName: 'mine.json', pathInFile: '' }]}
        current={{ nctId: 'NCT03475563', source: 'file' }}
      />,
    );
    const link = screen.getByRole('link', { name: 'NCT03475563 (file)' });
    expect(link.getAttribute('href')).toBe('/?trial=NCT03475563&source=file');
    expect(link.getAttribute('aria-current')).toBe('page');
    expect(link.getAttribute('title')).toBe('From a file (opened from mine.json)');
    fireEvent.click(screen.getByRole('link', { name: 'NCT01573923' }));
    // In place (the opened file stays in memory), at the trial's own address.
    expect(`${window.location.pathname}${window.location.search}`).toBe('/trials/NCT01573923/');
  });

  it('folds many trials into a disclosure', () => {
    const trials = Array.from({ length: 9 }, (_, index) => entry(`NCT0000000${index}`, 'T'));
    render(<TrialSwitcher trials={trials} current={null} />);
    expect(screen.getByText('Trials (9)').tagName).toBe('SUMMARY');
  });
});
