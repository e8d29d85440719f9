import { flexRender, type Row as TableRow } from '@tanstack/react-table';
import type { Ref } from 'react';
import { ariaRowIndex } from './row-navigation';

interface BodyRowProps<Row> {
  row: TableRow<Row>;
  /** Position in the sorted rows: `data-index` (for keyboard moves) and `aria-rowindex`. */
  index: number;
  selected: boolean;
  /** The virtualizer's measuring ref, for a windowed table. */
  measureRef?: Ref<HTMLTableRowElement>;
}

/** One body row, the same in a short and a windowed table. Focusable by script (keyboard moves), not by Tab. */
export function BodyRow<Row>({ row, index, selected, measureRef }: BodyRowProps<Row>) {
  return (
    <tr
      ref={measureRef}
      data-index={index}
      data-row-id={row.id}
      data-selected={selected ? true : undefined}
      aria-rowindex={ariaRowIndex(index)}
      tabIndex={-1}
    >
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
      ))}
    </tr>
  );
}
