// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { HydrationBoundary, useHydrated } from './hydration';

const seen: boolean[] = [];

function Probe() {
  const hydrated = useHydrated();
  seen.push(hydrated);
  return <p>{hydrated ? 'live' : 'as in the HTML'}</p>;
}

afterEach(() => {
  cleanup();
  seen.length = 0;
  document.body.replaceChildren();
});

describe('useHydrated', () => {
  it('is false in the server’s HTML', () => {
    expect(
      renderToString(
        <HydrationBoundary>
          <Probe />
        </HydrationBoundary>,
      ),
    ).toContain('as in the HTML');
  });

  it('is false in the hydrating render, so it reproduces the HTML, and true in the render after', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(
      <HydrationBoundary>
        <Probe />
      </HydrationBoundary>,
    );
    document.body.append(container);
    seen.length = 0;
    const errors: unknown[] = [];
    await act(async () => {
      hydrateRoot(
        container,
        <HydrationBoundary>
          <Probe />
        </HydrationBoundary>,
        {
          onRecoverableError: (error) => errors.push(error),
        },
      );
      await Promise.resolve();
    });
    expect(errors).toEqual([]);
    expect(seen[0]).toBe(false);
    expect(seen.at(-1)).toBe(true);
    expect(container.textContent).toBe('live');
  });

  it('is true at once where nothing is hydrated (a page React draws itself)', () => {
    render(<Probe />);
    expect(screen.getByText('live')).toBeTruthy();
    expect(seen).toEqual([true]);
  });
});
