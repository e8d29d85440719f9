// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LoadingNote } from './loading-note';
import { SLOW_LOAD_MS } from './slow-load';

describe('LoadingNote', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('says what is loading, and after the slow threshold says it is slow and offers a retry', () => {
    render(<LoadingNote what="NCT01573923" onRetry={() => undefined} />);
    expect(screen.getByRole('status').textContent).toBe('Loading NCT01573923…');
    act(() => {
      vi.advanceTimersByTime(SLOW_LOAD_MS - 1);
    });
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(screen.getByRole('status').textContent).toBe(
      'Still loading NCT01573923… This is taking longer than usual.',
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('"Try again" restarts the load, keeps focus on the note, and times the new wait afresh', () => {
    const onRetry = vi.fn();
    render(<LoadingNote what="the list of trials" onRetry={onRetry} />);
    act(() => {
      vi.advanceTimersByTime(SLOW_LOAD_MS);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    const note = screen.getByRole('status');
    expect(note.textContent).toBe('Loading the list of trials…');
    expect(document.activeElement).toBe(note);
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    act(() => {
      vi.advanceTimersByTime(SLOW_LOAD_MS - 1);
    });
    expect(note.textContent).toBe('Loading the list of trials…');
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(note.textContent).toMatch(/^Still loading the list of trials…/);
  });

  it('starts the wait over when something else is to be loaded', () => {
    const { rerender } = render(<LoadingNote what="NCT01573923" onRetry={() => undefined} />);
    act(() => {
      vi.advanceTimersByTime(SLOW_LOAD_MS);
    });
    rerender(<LoadingNote what="NCT99999001" onRetry={() => undefined} />);
    expect(screen.getByRole('status').textContent).toBe('Loading NCT99999001…');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});
