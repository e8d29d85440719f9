// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTrial } from '@/test-support/make-trial';
import { EmbedShell } from './embed-shell';

/** jsdom has no ResizeObserver: one that records what it watches and never fires. */
class NoopResizeObserver {
  static made: NoopResizeObserver[] = [];
  watched: Element[] = [];
  constructor() {
    NoopResizeObserver.made.push(this);
  }
  observe(element: Element) {
    this.watched.push(element);
  }
  disconnect() {
    this.watched = [];
  }
}

describe('EmbedShell', () => {
  beforeEach(() => {
    vi.stubGlobal('ResizeObserver', NoopResizeObserver);
    window.history.replaceState(
      null,
      '',
      '/?trial=NCT01573923&embed=1&view=groups&groupsSort=-type&parentOrigin=https%3A%2F%2Fa.example',
    );
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the chosen view only, with a hidden h1 and a full-view link in a new tab', () => {
    render(<EmbedShell trial={makeTrial()} view="groups" />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(
      /NCT01573923\): study groups$/,
    );
    expect(screen.getByRole('table', { name: /^Study groups/ })).toBeTruthy();
    expect(screen.queryByRole('table', { name: /^Investigators/ })).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
    const link = screen.getByRole('link', { name: 'Open full view' });
    expect(link.getAttribute('href')).toBe('/trials/NCT01573923/?groupsSort=-type');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('opens the full page at the results from the results view', () => {
    window.history.replaceState(null, '', '/?trial=NCT01573923&embed=1&view=results');
    render(<EmbedShell trial={makeTrial()} view="results" />);
    const link = screen.getByRole('link', { name: 'Open full view' });
    expect(link.getAttribute('href')).toBe('/trials/NCT01573923/#results');
  });

  it('posts nothing when it is not framed', async () => {
    const post = vi.spyOn(window, 'postMessage');
    NoopResizeObserver.made = [];
    render(<EmbedShell trial={makeTrial()} view="groups" />);
    // The message protocol loads after the first render: once it has, it watches the content.
    await vi.dynamicImportSettled();
    await vi.waitFor(() => expect(NoopResizeObserver.made[0]?.watched).toHaveLength(1));
    expect(window.parent).toBe(window);
    expect(post).not.toHaveBeenCalled();
  });
});
