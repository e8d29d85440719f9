// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SLOW_LOAD_MS } from '@/components/slow-load';
import { makeTrial } from '@/test-support/make-trial';
import type { Trial } from '@/trial/trial-schema';
import { TrialView } from './trial-view';

vi.mock('./trial-page', () => ({
  TrialPage: ({ trial }: { trial: Trial }) => <h1>{trial.briefTitle}</h1>,
}));

/** Requests for the trial file: the first hangs until aborted, the ones after answer at once. */
const requests: AbortSignal[] = [];
function fetchStub(_url: string, init?: RequestInit): Promise<Response> {
  const signal = init?.signal;
  if (!signal) throw new Error('the trial request has no AbortSignal');
  requests.push(signal);
  if (requests.length > 1) return Promise.resolve(new Response(JSON.stringify(makeTrial())));
  return new Promise((_resolve, reject) => {
    signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });
}

/** Lets timers and the query's scheduled notifications run. */
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

describe('TrialView, slow loading', () => {
  // Without a Worker (jsdom) the data reader and its schemas load on the first read; loaded here,
  // so the fake clock below times the request, not the module loading.
  beforeAll(() => import('@/lib/read-trial-data'));
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', fetchStub);
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    vi.useRealTimers();
    requests.length = 0;
  });

  it('says so after the threshold; "Try again" aborts the hanging request and a new one loads the trial', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
    render(
      <QueryClientProvider client={client}>
        <TrialView nctId="NCT01573923" />
      </QueryClientProvider>,
    );
    await advance(SLOW_LOAD_MS - 1);
    expect(screen.getByRole('status').textContent).toBe('Loading NCT01573923…');
    await advance(1);
    expect(screen.getByRole('status').textContent).toBe(
      'Still loading NCT01573923… This is taking longer than usual.',
    );
    expect(requests).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await advance(0);
    expect(requests).toHaveLength(2);
    expect(requests[0]?.aborted).toBe(true);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(makeTrial().briefTitle);
  });
});
