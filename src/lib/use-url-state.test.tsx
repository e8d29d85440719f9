// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { Profiler, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUrlState, useUrlSort, useUrlValue } from './use-url-state';

function SelectedSite() {
  const site = useUrlValue((state) => state.site);
  return <p>{site ?? 'none'}</p>;
}

function SitesSort() {
  const sort = useUrlSort('sitesSort');
  return <p>{sort ? `${sort.id} ${sort.desc ? 'desc' : 'asc'}` : 'record order'}</p>;
}

/** Renders `children` and counts the commits React makes of them. */
function renderCounted(children: ReactNode): { commits: () => number } {
  let commits = 0;
  render(
    <Profiler id="reader" onRender={() => (commits += 1)}>
      {children}
    </Profiler>,
  );
  return { commits: () => commits };
}

beforeEach(() => window.history.replaceState(null, '', '/?trial=NCT01573923'));
afterEach(cleanup);

describe('useUrlValue', () => {
  it('re-renders a reader only when the value it reads changes', () => {
    const reader = renderCounted(<SelectedSite />);
    expect(reader.commits()).toBe(1);
    act(() => setUrlState({ groupsSort: { id: 'type', desc: true } }));
    act(() => setUrlState({ status: 'RECRUITING' }));
    expect(reader.commits()).toBe(1);
    act(() => setUrlState({ site: 'site-3' }));
    expect(reader.commits()).toBe(2);
    expect(screen.getByText('site-3')).toBeTruthy();
    expect(window.location.search).toBe(
      '?trial=NCT01573923&groupsSort=-type&status=RECRUITING&site=site-3',
    );
  });
});

describe('useUrlSort', () => {
  it('re-renders a table only when its own sort changes', () => {
    const reader = renderCounted(<SitesSort />);
    act(() => setUrlState({ sitesSort: { id: 'city', desc: false } }));
    expect(screen.getByText('city asc')).toBeTruthy();
    const commits = reader.commits();
    act(() => setUrlState({ site: 'site-2' }));
    act(() => setUrlState({ investigatorsSort: { id: 'role', desc: false } }));
    expect(reader.commits()).toBe(commits);
    act(() => setUrlState({ sitesSort: { id: 'city', desc: true } }));
    expect(screen.getByText('city desc')).toBeTruthy();
    act(() => setUrlState({ sitesSort: null }));
    expect(screen.getByText('record order')).toBeTruthy();
  });
});
