import type { ColumnDef } from '@tanstack/react-table';

/** The rows of the table tests: "Item 1"…"Item n", each name a button (a control to focus). */
export interface Item {
  id: string;
  name: string;
  size: number;
}

export const itemColumns: ColumnDef<Item>[] = [
  {
    id: 'name',
    header: 'Name',
    accessorFn: (item) => item.name,
    cell: ({ row }) => <button type="button">{row.original.name}</button>,
  },
  { id: 'size', header: 'Size', accessorFn: (item) => item.size },
];

/** Items "Item 1"…"Item n"; sizes run the other way, so sorting by size reverses the order. */
export function items(count: number): Item[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `item-${String(i + 1)}`,
    name: `Item ${String(i + 1)}`,
    size: count - i,
  }));
}
