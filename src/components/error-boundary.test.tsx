// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './error-boundary';

/** A panel that crashes while `fault.on` is set. */
const fault = { on: true };
function Fragile() {
  if (fault.on) throw new Error('forced fault');
  return (
    <section aria-labelledby="fragile-heading">
      <h2 id="fragile-heading">Fragile</h2>
      <button type="button">Inside</button>
    </section>
  );
}

function Counter() {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount((n) => n + 1)}>
      Clicked {count} times
    </button>
  );
}

// React reports caught errors through the root's onCaughtError (src/main.tsx logs a warning).
const quiet = { onCaughtError: () => undefined };

afterEach(() => {
  cleanup();
  fault.on = true;
});

describe('ErrorBoundary', () => {
  it('shows the panel by name with the error and a retry, while a sibling panel still works', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ErrorBoundary what="The sites table">
          <Fragile />
        </ErrorBoundary>
        <ErrorBoundary what="The counter">
          <Counter />
        </ErrorBoundary>
      </>,
      quiet,
    );
    expect(screen.getByRole('alert').textContent).toContain(
      'The sites table could not be shown: forced fault',
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Clicked 0 times' }));
    expect(screen.getByRole('button', { name: 'Clicked 1 times' })).toBeTruthy();
  });

  it('"Try again" renders the panel again: still failing it says so, once fixed it shows, focus moving into it', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    render(
      <ErrorBoundary what="The eligibility criteria" onRetry={onRetry}>
        <Fragile />
      </ErrorBoundary>,
      quiet,
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('alert').textContent).toContain('could not be shown: forced fault');
    // The code that moves focus comes with the first retry (a chunk of its own): waited for.
    await waitFor(() => {
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Try again' }));
    });

    fault.on = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).toBeNull();
    const heading = screen.getByRole('heading', { name: 'Fragile' });
    await waitFor(() => {
      expect(document.activeElement).toBe(heading);
    });
    // Focusable only for that moment: it does not join the tab order.
    heading.blur();
    expect(heading.hasAttribute('tabindex')).toBe(false);
  });

  it('clears the error when its reset key changes (another trial)', () => {
    const { rerender } = render(
      <ErrorBoundary what="The summary" resetKey="NCT01573923">
        <Fragile />
      </ErrorBoundary>,
      quiet,
    );
    expect(screen.getByRole('alert')).toBeTruthy();
    fault.on = false;
    rerender(
      <ErrorBoundary what="The summary" resetKey="NCT99999001">
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Fragile' })).toBeTruthy();
  });
});
