// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HydrationBoundary } from '@/lib/hydration';
import { PageDayProvider } from '@/lib/today';
import type { Trial } from '@/trial/trial-schema';
import { StaleRecordNote } from './stale-record-note';

const status: Trial['status'] = {
  overall: 'UNKNOWN',
  lastKnown: null,
  whyStopped: null,
  verified: null,
  start: null,
  primaryCompletion: null,
  completion: null,
  firstPosted: null,
  lastUpdatePosted: { date: '2015-04-14', type: null },
  resultsFirstSubmitted: null,
  resultsFirstPosted: null,
  resultsDelayRequested: null,
};

/** The note as a prerendered page holds it: drawn on `day`, under the hydration boundary. */
const page = (day: string) => (
  <HydrationBoundary>
    <PageDayProvider day={new Date(`${day}T00:00:00Z`)}>
      <StaleRecordNote status={status} />
    </PageDayProvider>
  </HydrationBoundary>
);

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('StaleRecordNote', () => {
  it('counts the record’s age to the reader’s day on a page React draws itself', () => {
    vi.useFakeTimers({ now: new Date('2026-12-01T09:00:00Z'), toFake: ['Date'] });
    render(<StaleRecordNote status={status} />);
    expect(
      screen.getByText(
        'Last updated April 14, 2015, over 11 years ago: site statuses may have changed. Confirm with the contact before travelling.',
      ),
    ).toBeTruthy();
  });

  it('says nothing for a study that has ended', () => {
    const { container } = render(<StaleRecordNote status={{ ...status, overall: 'COMPLETED' }} />);
    expect(container.textContent).toBe('');
  });

  it('is drawn for the build’s day in the prerendered page, hydrates as it is, then counts to the reader’s day', async () => {
    const html = renderToString(page('2025-06-01'));
    expect(html).toContain('over 10 years ago');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    vi.useFakeTimers({ now: new Date('2027-05-01T09:00:00Z'), toFake: ['Date'] });
    const errors: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, page('2025-06-01'), {
        onRecoverableError: (error) => errors.push(error),
      });
      await Promise.resolve();
    });
    expect(errors).toEqual([]);
    expect(container.textContent).toContain('over 12 years ago');
  });
});
