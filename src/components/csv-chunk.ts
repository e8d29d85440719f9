/** The CSV download's code, one chunk fetched on the first "Download CSV" (see csv-button). */
export { downloadCsv } from '@/lib/csv-download';
export { tableGrid } from '@/lib/table-grid';
export { tableCsvRows } from './data-table/table-csv';
