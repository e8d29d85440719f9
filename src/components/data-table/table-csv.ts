import type { Column, Row, Table } from '@tanstack/react-table';
import type { CsvCell, CsvRow } from '@/lib/csv';

interface Field<Data> {
  header: string;
  cell: (row: Row<Data>) => CsvCell;
}

/** A column's own CSV fields, or its header and its value when that is text or a number. */
function fieldsOf<Data>(column: Column<Data>): Field<Data>[] {
  const { header, meta } = column.columnDef;
  const own = typeof meta?.csv === 'function' ? meta.csv() : meta?.csv;
  if (own)
    return own.map((field) => ({ header: field.header, cell: (row) => field.value(row.original) }));
  return [
    {
      header: typeof header === 'string' ? header : column.id,
      cell: (row) => {
        const value = row.getValue(column.id);
        return typeof value === 'string' || typeof value === 'number' ? value : null;
      },
    },
  ];
}

/** A table's CSV: a heading row, then every row in the order shown (sorted as the reader sorted it). */
export function tableCsvRows<Data>(table: Table<Data>): CsvRow[] {
  const fields = table.getVisibleLeafColumns().flatMap(fieldsOf);
  return [
    fields.map((field) => field.header),
    ...table.getRowModel().rows.map((row) => fields.map((field) => field.cell(row))),
  ];
}
