import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { jsonFile, largeRecord, ourRecord, type RecordFile } from '../../e2e/records/record-files';
import { STEADY_CONTEXT_OPTIONS } from '../lib/steady-context';
import type { FigureCollector } from './figure-collector';
import { plural } from '../../src/trial/count-text';

/**
 * Opening a reader's own file ("Open a record"): from handing the file to the page's file input to
 * the first frame showing its trial, and the longest main-thread task meanwhile (the worker should
 * keep it short). Files: our record (14 kB), and records of 20 and 45 MB (3,000 and 10,000 sites, a
 * results section making up the rest). Each file is written to a temporary folder and handed over
 * by path, as a reader's file is: no copy of its bytes through the browser protocol is timed.
 */
export const OPEN_FILES: { label: string; make: () => RecordFile }[] = [
  { label: 'NCT01573923', make: () => jsonFile('NCT01573923.json', ourRecord()) },
  { label: '20mb', make: () => largeRecord(20, 3_000) },
  { label: '45mb', make: () => largeRecord(45, 10_000) },
];

/** Long tasks from navigation start, in the page. */
const LONG_TASKS = `
window.__openLongTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__openLongTasks.push([entry.startTime, entry.duration]);
}).observe({ type: 'longtask', buffered: true });
`;

declare global {
  interface Window {
    __openLongTasks?: [number, number][];
  }
}

async function openOnce(browser: Browser, baseUrl: string, file: string, timeoutMs: number) {
  const context = await browser.newContext(STEADY_CONTEXT_OPTIONS);
  try {
    await context.addInitScript({ content: LONG_TASKS });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/?trial=NCT01573923`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Open a record' }).click();
    const input = page.getByLabel('Choose a JSON file');
    await input.waitFor({ state: 'attached' });
    const start = await page.evaluate(() => performance.now());
    await input.setInputFiles([file]);
    const shown = await page.waitForFunction(
      () =>
        window.location.search.includes('source=file') &&
        document.querySelector('.local-source-note') !== null
          ? performance.now()
          : null,
      undefined,
      { polling: 'raf', timeout: timeoutMs },
    );
    const end = Number(await shown.jsonValue());
    const tasks = await page.evaluate(() => window.__openLongTasks ?? []);
    const during = tasks.filter(([at, duration]) => at + duration > start && at < end);
    return { ms: end - start, longest: Math.max(0, ...during.map(([, duration]) => duration)) };
  } finally {
    await context.close();
  }
}

export async function benchOpenRecord(
  browser: Browser,
  baseUrl: string,
  runs: number,
  collector: FigureCollector,
  log: (line: string) => void,
): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'bench-open-'));
  try {
    for (const { label, make } of OPEN_FILES) {
      const file = make();
      const path = join(folder, file.name);
      writeFileSync(path, file.buffer);
      log(
        `open ${label}: ${(file.buffer.byteLength / 1024 / 1024).toFixed(1)} MB, ${plural(runs, 'run')}`,
      );
      await measureFile(browser, baseUrl, label, path, runs, collector);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function measureFile(
  browser: Browser,
  baseUrl: string,
  label: string,
  path: string,
  runs: number,
  collector: FigureCollector,
): Promise<void> {
  for (let run = 0; run < runs; run++) {
    try {
      const { ms, longest } = await openOnce(browser, baseUrl, path, 120_000);
      collector.add(`open.${label}.shown`, 'ms', ms);
      collector.add(`open.${label}.longtask.max`, 'ms', longest);
    } catch (error) {
      const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
      collector.fail(`open.${label}.shown`, 'ms', reason);
    }
  }
}
