import type { RowData } from '@tanstack/react-table';
import type { CsvCell } from '@/lib/csv';

/** One column of a CSV download: its heading and each row's cell. */
export interface CsvField<Row> {
  header: string;
  value: (row: Row) => CsvCell;
}

declare module '@tanstack/react-table' {
  // The names and parameters must be TanStack's own for the declarations to merge.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /**
     * What the column writes into a CSV download, when its value (a sort key: a rank, a code) is
     * not what the reader sees: one field or several (a facility and its contacts), or none.
     * A function when they depend on what the reader chose (a unit), asked when the file is made.
     * Without it the column writes its header and its value when that is text or a number.
     */
    csv?: readonly CsvField<TData>[] | (() => readonly CsvField<TData>[]);
  }
}
