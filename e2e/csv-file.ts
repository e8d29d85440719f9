import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';

export interface CsvFile {
  name: string;
  /** The file's first bytes (a UTF-8 byte-order mark is EF BB BF). */
  bytes: Buffer;
  /** The text after the byte-order mark, exactly as written. */
  text: string;
  rows: string[][];
}

/**
 * Reads RFC 4180 text (CRLF after each record, quoted fields with doubled quotes) into rows; throws
 * on a bare LF line end or an unclosed quote, so a file that breaks the rules fails the test.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let at = 0;
  while (at < text.length) {
    let field = '';
    if (text[at] === '"') {
      at += 1;
      for (;;) {
        const quote = text.indexOf('"', at);
        if (quote === -1) throw new Error('an unclosed quoted field');
        field += text.slice(at, quote);
        at = quote + 1;
        if (text[at] !== '"') break;
        field += '"';
        at += 1;
      }
    } else {
      const end = text.slice(at).search(/[,\r\n]/);
      field = end === -1 ? text.slice(at) : text.slice(at, at + end);
      at = end === -1 ? text.length : at + end;
    }
    row.push(field);
    if (text[at] === ',') at += 1;
    else if (text.startsWith('\r\n', at)) {
      rows.push(row);
      row = [];
      at += 2;
    } else throw new Error(`a record not ended by CRLF at character ${String(at)}`);
  }
  return rows;
}

/** Clicks a "Download CSV" button and reads the file the browser saved. */
export async function downloadCsv(page: Page, button: Locator): Promise<CsvFile> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const bytes = await readFile(await download.path());
  const text = bytes.subarray(3).toString('utf8');
  return { name: download.suggestedFilename(), bytes, text, rows: parseCsv(text) };
}
