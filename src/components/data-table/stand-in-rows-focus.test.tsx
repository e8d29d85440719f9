// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { itemColumns, items } from './items.test-support';
import { installScrollLayout } from './scroll-layout.test-support';

/**
 * The windowing chunk, held back until a test lets it load: meanwhile the first 50 rows stand in.
 * Each test imports the table afresh (`vi.resetModules`), so its lazy chunk starts unloaded.
 */
let releaseChunk: () => void = () => undefined;
vi.mock('./load-windowed-rows', () => ({
  loadWindowedRows: async () => {
    await new Promise<void>((resolve) => (releaseChunk = resolve));
    return vi.importActual<typeof import('./windowed-rows')>('./windowed-rows');
  },
}));

const table = () => screen.getByRole('table', { name: 'Items' });
const bodyRows = () => within(table()).getAllByRole('row').slice(1);
const focusedRowIndex = () =>
  document.activeElement?.closest('tr')?.getAttribute('aria-rowindex') ?? null;

async function loadTheWindowedRows() {
  await act(async () => {
    releaseChunk();
    await Promise.resolve();
  });
  await waitFor(() => expect(bodyRows().length).toBeLessThan(40), { timeout: 5_000 });
}

describe('DataTable, long, while its windowing code loads', () => {
  beforeEach(async () => {
    vi.resetModules();
    const { DataTable } = await import('./data-table');
    installScrollLayout({ viewHeight: 400, rowHeight: 40 });
    render(
      <DataTable
        caption="Items"
        columns={itemColumns}
        data={items(500)}
        getRowId={(item) => item.id}
        sort={null}
        onSortChange={() => undefined}
        selectedRowId={null}
        emptyMessage="No items."
        csv={{ name: 'items', of: 'the items' }}
      />,
    );
    // The first 50 rows stand in.
    expect(bodyRows()).toHaveLength(50);
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('finishes an End pressed in the stand-in rows on the last of all the rows, once it has loaded', async () => {
    const user = userEvent.setup();
    within(table()).getByRole('button', { name: 'Item 1' }).focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('Item 2');
    await user.keyboard('{End}');
    // Not the last stand-in row (Item 50): the last of the 500, which only the windowed body has.
    expect(document.activeElement?.textContent).toBe('Item 2');
    await loadTheWindowedRows();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Item 500'));
    expect(focusedRowIndex()).toBe('501');
  });

  it('keeps focus on the row that had it when the windowed rows replace the stand-in', async () => {
    within(table()).getByRole('button', { name: 'Item 3' }).focus();
    await loadTheWindowedRows();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Item 3'));
    expect(focusedRowIndex()).toBe('4');
  });

  it('leaves focus alone when the reader has left the rows before the windowed rows arrive', async () => {
    const row = within(table()).getByRole('button', { name: 'Item 3' });
    row.focus();
    row.blur(); // a click on the page's background: focus goes to the body
    await loadTheWindowedRows();
    expect(document.activeElement).toBe(document.body);
  });
});
