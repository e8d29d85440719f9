import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HydrationBoundary } from '@/lib/hydration';
import type { ColumnSort } from '@/lib/url-state';
import { DataTable } from './data-table';
import { itemColumns as columns, items } from './items.test-support';

/** A long table as the prerender writes it (and the hydrating render reproduces it). */
function prerendered(count: number, sort: ColumnSort | null): string {
  return renderToString(
    <HydrationBoundary>
      <DataTable
        caption="Items"
        columns={columns}
        data={items(count)}
        getRowId={(item) => item.id}
        sort={sort}
        onSortChange={() => undefined}
        emptyMessage="No items."
        csv={{ name: 'items', of: 'the items' }}
      />
    </HydrationBoundary>,
  );
}

const shownNames = (html: string) =>
  [...html.matchAll(/<button type="button">(Item \d+)</g)].map((m) => m[1]);

describe('DataTable before hydration', () => {
  it('writes a long table’s first 50 rows in the record’s order, counting every row', () => {
    const html = prerendered(10_000, null);
    const names = shownNames(html);
    expect(names).toHaveLength(50);
    expect(names[0]).toBe('Item 1');
    expect(names.at(-1)).toBe('Item 50');
    expect(html).toContain('aria-rowcount="10001"');
  });

  it('sorts every row, not only those first ones, when a sort is asked for', () => {
    const names = shownNames(prerendered(10_000, { id: 'size', desc: false }));
    expect(names[0]).toBe('Item 10000');
    expect(names).toHaveLength(50);
  });
});
