// @vitest-environment jsdom
import { cleanup, render, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installScrollLayout } from '@/components/data-table/scroll-layout.test-support';
import { AdverseEventsPart } from './adverse-events-part';
import { aeEvent, aeGroup, aeModule, aeStat } from './adverse-events.test-support';

/** 1,000 serious terms over 3 groups and 20 organ systems; "Term 617" affects the most in Placebo. */
function thousandTerms() {
  const groups = [aeGroup('EG000', 'Drug'), aeGroup('EG001', 'Placebo'), aeGroup('EG002', 'Both')];
  const seriousEvents = Array.from({ length: 1_000 }, (_, index) => {
    const n = index + 1;
    return aeEvent(
      `serious-${String(n)}`,
      `Term ${String(n)}`,
      [
        aeStat('EG000', n % 7, 500),
        aeStat('EG001', n === 617 ? 90 : (n * 13) % 50, 500),
        aeStat('EG002', n % 3, 1_000),
      ],
      { organSystem: `System ${String(n % 20).padStart(2, '0')}` },
    );
  });
  return aeModule({ groups, seriousEvents });
}

// Plain DOM queries: role queries over a 1,000-row part are slow in jsdom.
const seriousTable = () => {
  const found = document.querySelector<HTMLElement>('[data-testid="ae-serious-table"] table');
  if (!found) throw new Error('no serious events table');
  return found;
};
const bodyRows = () => [...seriousTable().querySelectorAll('tbody > tr:not([aria-hidden])')];
const firstTerm = () => bodyRows()[0]?.querySelector('td')?.textContent;

describe('AdverseEventsPart, 1,000 terms', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
    installScrollLayout({ viewHeight: 400, rowHeight: 40 });
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  // jsdom and React's development build are slow at a 1,000-row table (a browser is not).
  it(
    'renders a window of the rows, sorts all of them and filters them',
    { timeout: 30_000 },
    async () => {
      const user = userEvent.setup();
      render(<AdverseEventsPart adverseEvents={thousandTerms()} />);
      expect(seriousTable().querySelector('caption')?.textContent).toMatch(
        /^Serious adverse events \(1,000\)/,
      );
      expect(seriousTable().getAttribute('aria-rowcount')).toBe('1001');
      expect(bodyRows().length).toBeLessThanOrEqual(50);
      await waitFor(() => expect(bodyRows().length).toBeLessThan(40), { timeout: 5_000 });
      expect(firstTerm()).toBe('Term 20'); // System 00 first: Term 20, 40, ... 1000 by term
      const button = within(seriousTable()).getByRole('button', {
        name: 'Placebo: % affected',
      });
      await user.click(button);
      await user.click(button);
      expect(window.location.search).toBe('?seriousSort=-g1Percent');
      expect(firstTerm()).toBe('Term 617');
      expect(seriousTable().getAttribute('aria-rowcount')).toBe('1001');

      // Both words anywhere: Term 99, 199, ... 899 and Term 990 to 999.
      const input = document.querySelector<HTMLInputElement>('.ae-filters input[type="search"]');
      await user.type(input ?? document.body, 'term 99');
      await waitFor(() =>
        expect(document.querySelector('.ae-filters [role="status"]')?.textContent).toBe(
          'Showing 19 of 1,000 serious events and 0 of 0 other events',
        ),
      );
      expect(seriousTable().getAttribute('aria-rowcount')).toBe('20');
    },
  );
});
