import { useState } from 'react';
import type { CsvRow } from '@/lib/csv';
import { useRecordId } from './record-facts';
import { VisuallyHidden } from './visually-hidden';
import './csv-button.css';

type CsvChunk = typeof import('./csv-chunk');

const loadCsvChunk = () => import('./csv-chunk');

/**
 * "Download CSV" under a table: the rows as the reader sees them, in the order shown, saved as
 * `<NCT id>-<name>.csv` (see lib/csv). The code that writes the file is fetched on the first
 * click. Needs JavaScript (class needs-js): with it off the button is not offered.
 */
export function CsvButton({
  name,
  of,
  rows,
}: {
  /** The file name's last part: "sites" gives NCT01573923-sites.csv. */
  name: string;
  /** What the file holds, for the button's accessible name ("Download CSV of the sites"). */
  of: string;
  rows: (chunk: CsvChunk) => readonly CsvRow[];
}) {
  const recordId = useRecordId();
  const [problem, setProblem] = useState<string | null>(null);
  const download = () => {
    setProblem(null);
    loadCsvChunk()
      .then((chunk) => {
        chunk.downloadCsv(`${recordId}-${name}.csv`, rows(chunk));
      })
      .catch((error: unknown) => {
        setProblem(`The CSV file could not be made: ${String(error)}`);
      });
  };
  return (
    <div className="csv-download needs-js">
      <button type="button" className="button-quiet" onClick={download}>
        Download CSV <VisuallyHidden>of {of}</VisuallyHidden>
      </button>
      {problem !== null && <p role="alert">{problem}</p>}
    </div>
  );
}
