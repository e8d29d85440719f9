// @vitest-environment jsdom
import type { ColumnDef } from '@tanstack/react-table';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RecordFactsProvider } from '../record-facts';
import { DataTable } from './data-table';

interface Row {
  id: string;
  name: string;
  rank: number;
}

const RANK_WORDS = ['first', 'second', 'third'];

const columns: ColumnDef<Row>[] = [
  { id: 'name', header: 'Name', accessorFn: (row) => row.name },
  {
    // A sort key (a rank) that is not what the reader sees: the column says what the file gets.
    id: 'rank',
    header: 'Rank',
    accessorFn: (row) => row.rank,
    cell: ({ row }) => RANK_WORDS[row.original.rank],
    meta: { csv: [{ header: 'Rank', value: (row) => RANK_WORDS[row.rank] ?? null }] },
  },
];

const rows: Row[] = [
  { id: 'a', name: 'Beijing, 302', rank: 1 },
  { id: 'b', name: '=HYPERLINK("x")', rank: 0 },
  { id: 'c', name: 'Lanzhou', rank: 2 },
];

/** The file the page hands to the browser's download: its name and its text. */
function captureDownloads() {
  const files: { name: string; text: Promise<string> }[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    if (!(blob instanceof Blob)) throw new Error('expected a Blob');
    // Decoded keeping the byte-order mark (Blob.text() drops it).
    const text = blob
      .arrayBuffer()
      .then((bytes) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
    files.push({ name: '', text });
    return 'blob:csv';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const last = files.at(-1);
    if (last) last.name = this.download;
  });
  return files;
}

afterEach(cleanup);

describe('DataTable, Download CSV', () => {
  it('writes the rows in the order shown, with the columns’ own CSV text, named after the trial', async () => {
    const files = captureDownloads();
    const user = userEvent.setup();
    render(
      <RecordFactsProvider trial={{ nctId: 'NCT01573923', recordProblems: [], missingModules: [] }}>
        <DataTable
          caption="Sites"
          columns={columns}
          data={rows}
          getRowId={(row) => row.id}
          sort={{ id: 'rank', desc: false }}
          onSortChange={() => undefined}
          emptyMessage="None."
          csv={{ name: 'sites', of: 'the sites' }}
        />
      </RecordFactsProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Download CSV of the sites' }));
    await waitFor(() => {
      expect(files).toHaveLength(1);
    });
    expect(files[0]?.name).toBe('NCT01573923-sites.csv');
    expect(await files[0]?.text).toBe(
      '\uFEFFName,Rank\r\n' +
        `"'=HYPERLINK(""x"")",first\r\n` +
        '"Beijing, 302",second\r\n' +
        'Lanzhou,third\r\n',
    );
  });
});
