// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ColumnSort } from '@/lib/url-state';
import { DataTable } from './data-table';
import { itemColumns as columns, items, type Item } from './items.test-support';
import { installScrollLayout } from './scroll-layout.test-support';

function Harness({ data, selected = null }: { data: Item[]; selected?: string | null }) {
  const [sort, setSort] = useState<ColumnSort | null>(null);
  return (
    <DataTable
      caption="Items"
      columns={columns}
      data={data}
      getRowId={(item) => item.id}
      sort={sort}
      onSortChange={setSort}
      selectedRowId={selected}
      emptyMessage="No items."
      csv={{ name: 'items', of: 'the items' }}
    />
  );
}

const table = () => screen.getByRole('table', { name: 'Items' });
const bodyRows = () => within(table()).getAllByRole('row').slice(1);
const rowIndexes = () => bodyRows().map((row) => Number(row.getAttribute('aria-rowindex')));
/**
 * The windowed body is loaded lazily: wait until it has replaced the stand-in rows (the first
 * import of the chunk is transformed on demand, which takes over a second on a busy machine).
 */
const windowRendered = () =>
  waitFor(
    () => {
      expect(bodyRows().length).toBeLessThan(40);
    },
    { timeout: 5_000 },
  );

describe('DataTable, long', () => {
  let layout: ReturnType<typeof installScrollLayout>;
  beforeEach(() => {
    layout = installScrollLayout({ viewHeight: 400, rowHeight: 40 });
  });
  afterEach(cleanup);

  it('renders a window of the rows in a named, focusable box, with the whole count for assistive technology', async () => {
    render(<Harness data={items(500)} />);
    // While the windowing code loads, the first rows stand in: the table is never empty.
    expect(rowIndexes()).toEqual(Array.from({ length: 50 }, (_, i) => i + 2));
    await windowRendered();
    expect(table().getAttribute('aria-rowcount')).toBe('501');
    const region = screen.getByRole('region', { name: 'Items' });
    expect(region.tabIndex).toBe(0);
    expect(within(table()).getAllByRole('row')[0]?.getAttribute('aria-rowindex')).toBe('1');
    const shown = bodyRows();
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.length).toBeLessThan(40);
    expect(rowIndexes()).toEqual(shown.map((_, i) => i + 2));
  });

  it('sorts all rows, not only the rendered ones, and numbers rows by their sorted place', async () => {
    const user = userEvent.setup();
    render(<Harness data={items(500)} />);
    await user.click(within(table()).getByRole('button', { name: /^Size/ }));
    expect(
      within(table()).getByRole('columnheader', { name: /Size/ }).getAttribute('aria-sort'),
    ).toBe('ascending');
    expect(within(bodyRows()[0] ?? table()).getByRole('button').textContent).toBe('Item 500');
    expect(rowIndexes()[0]).toBe(2);
    expect(table().getAttribute('aria-rowcount')).toBe('501');
  });

  it('moves focus between rows by keyboard, also to rows not rendered yet', async () => {
    const user = userEvent.setup();
    render(<Harness data={items(500)} />);
    await windowRendered();
    const focusedRow = () => document.activeElement?.closest('tr')?.getAttribute('aria-rowindex');

    within(table()).getByRole('button', { name: 'Item 1' }).focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('Item 2');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(document.activeElement?.textContent).toBe('Item 1');

    await user.keyboard('{End}');
    expect(document.activeElement?.textContent).toBe('Item 500');
    expect(focusedRow()).toBe('501');
    expect(layout.scrollTop()).toBeGreaterThan(19_000);
    expect(within(table()).queryByRole('button', { name: 'Item 1' })).toBeNull();
    expect(bodyRows().length).toBeLessThan(40);

    await user.keyboard('{PageUp}');
    expect(document.activeElement?.textContent).toBe('Item 491');
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(document.activeElement?.textContent).toBe('Item 1');
    await user.keyboard('{PageDown}');
    expect(document.activeElement?.textContent).toBe('Item 10');
  });

  it('keeps the focused row rendered, and focused, when the box scrolls far from it', async () => {
    render(<Harness data={items(500)} />);
    await windowRendered();
    within(table()).getByRole('button', { name: 'Item 2' }).focus();
    const box = screen.getByRole('region', { name: 'Items' });
    act(() => box.scrollTo({ top: 15_000 }));
    await waitFor(() => {
      expect(rowIndexes()).toContain(380);
    });
    expect(document.activeElement?.textContent).toBe('Item 2');
    expect(rowIndexes()).toContain(3);
    // Rows stay in order, with a spacer in the gap (not counted: it has no aria-rowindex).
    expect(rowIndexes()).toEqual([...rowIndexes()].sort((a, b) => a - b));
  });

  it('focuses the row itself where the row has no control in that place, and leaves Tab alone', async () => {
    const user = userEvent.setup();
    render(<Harness data={items(60)} />);
    const row = bodyRows()[2];
    row?.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('Item 4');
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Item 5');
  });

  it('scrolls the selected row into the box', async () => {
    render(<Harness data={items(500)} selected="item-321" />);
    await waitFor(() => {
      const selected = table().querySelector('tr[data-selected]');
      expect(selected?.getAttribute('aria-rowindex')).toBe('322');
    });
    expect(layout.scrollTop()).toBeGreaterThan(12_000);
  });
});

describe('DataTable, short', () => {
  beforeEach(() => {
    installScrollLayout({ viewHeight: 400, rowHeight: 40 });
    Element.prototype.scrollIntoView = vi.fn();
  });
  afterEach(cleanup);

  it('renders every row, in no box of its own, and arrows still move between rows', async () => {
    const user = userEvent.setup();
    render(<Harness data={items(50)} />);
    expect(bodyRows()).toHaveLength(50);
    expect(table().getAttribute('aria-rowcount')).toBe('51');
    expect(screen.getByRole('region', { name: 'Items' }).className).not.toMatch(/long/);
    within(table()).getByRole('button', { name: 'Item 49' }).focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('Item 50');
  });

  it('says so when there are no rows, counting the message row', () => {
    render(<Harness data={[]} />);
    expect(bodyRows()[0]?.textContent).toBe('No items.');
    expect(table().getAttribute('aria-rowcount')).toBe('2');
  });
});
