/**
 * The prerender (step two of `npm run build`, after Vite's client build; built by Vite's SSR build
 * into dist-server/ and run by Node, see package.json). Every trial of the catalog becomes a page of
 * its own, dist/trials/<NCT id>/index.html, rendered by the app's server entry: the same components
 * the browser hydrates. dist/index.html becomes the catalog's first trial. Each page carries its
 * data as JSON blocks and is checked against the CSP; any problem fails the build.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderCompleteListsPage, renderTrialPage } from '../../src/entry-server';
import { EMBED_VIEWS, embedTitle } from '../../src/lib/embed-views';
import { completeListsPath, embedPath, trialPath } from '../../src/lib/trial-href';
import { hasCompleteListsPage } from '../../src/trial/complete-lists';
import { catalogSchema, trialSchema, type Catalog, type Trial } from '../../src/trial/trial-schema';
import { trialPageTitle, trialTitle } from '../../src/trial/trial-title';
import { isoDay } from '../../src/lib/today';
import { appChunkLinks, manifestSchema, withAppChunk } from './app-chunk-links';
import { bootScript } from './boot-script';
import { buildDay } from './build-day';
import { pageDocument, withoutScripts } from './page-document';
import { pageProblems } from './page-checks';

const DIST = 'dist';
const BASE = import.meta.env.BASE_URL;
const DAY = buildDay(process.env, new Date());
/**
 * A trial whose JSON is bigger than this is not carried in its page (the page fetches it): the
 * HTML of a 10,000-site trial stays small, and its parse runs in the worker either way.
 */
export const EMBED_TRIAL_MAX_BYTES = 256_000;

/** `text` (the content of `file`) as JSON parsed by `parse`; an error names the file. */
function parsedText<T>(file: string, text: string, parse: (data: unknown) => T): T {
  try {
    return parse(JSON.parse(text));
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function readParsed<T>(file: string, parse: (data: unknown) => T): Promise<T> {
  return parsedText(file, await readFile(file, 'utf8'), parse);
}

function description(trial: Trial): string {
  const summary = (trial.briefSummary ?? '').replace(/\s+/g, ' ').trim();
  const text = summary || `${trialTitle(trial)}: a ClinicalTrials.gov record.`;
  return text.length > 300 ? `${text.slice(0, 297)}…` : text;
}

interface Written {
  file: string;
  bytes: number;
  problems: string[];
}

async function write(file: string, html: string): Promise<Written> {
  await mkdir(join(file, '..'), { recursive: true });
  await writeFile(file, html);
  return { file, bytes: Buffer.byteLength(html), problems: pageProblems(file, html) };
}

/** A long trial's every site and investigator, plain HTML without the app's scripts. */
function writeCompleteLists(template: string, trial: Trial): Promise<Written> {
  const html = pageDocument(withoutScripts(template), {
    rootHtml: renderCompleteListsPage(trial),
    nctId: trial.nctId,
    title: `${trialTitle(trial)} (${trial.nctId}): every site and investigator · Trial Explorer`,
    description: `Every site, with its contacts, and every investigator of ${trial.nctId}.`,
    base: BASE,
    canonical: completeListsPath(trial.nctId, BASE),
    catalog: null,
    trial: null,
  });
  return write(join(DIST, 'trials', trial.nctId, 'lists', 'index.html'), html);
}

/**
 * One trial's pages: its own page (or, `home`, the base's copy of it) and, for its own page, each
 * embed view's static address and, for a long trial, the complete lists.
 */
async function writePages(
  template: string,
  catalog: Catalog,
  nctId: string,
  home: boolean,
): Promise<Written[]> {
  const dataFile = join(DIST, 'data', 'trials', `${nctId}.json`);
  // Read once: its size decides whether the page carries it.
  const text = await readFile(dataFile, 'utf8');
  const trial = parsedText(dataFile, text, (data) => trialSchema.parse(data));
  const carried = Buffer.byteLength(text) <= EMBED_TRIAL_MAX_BYTES ? trial : null;
  const common = {
    nctId,
    description: description(trial),
    base: BASE,
    catalog,
    trial: carried,
    day: isoDay(DAY),
  };
  const pagePath = home ? BASE : trialPath(nctId, BASE);
  const page = await write(
    home ? join(DIST, 'index.html') : join(DIST, 'trials', nctId, 'index.html'),
    pageDocument(template, {
      ...common,
      rootHtml: renderTrialPage({ path: pagePath, catalog, trial, day: DAY }),
      title: trialPageTitle(trial),
      canonical: trialPath(nctId, BASE),
      blockingScripts: home ? [`${BASE}boot.js`] : [],
    }),
  );
  if (home) return [page];
  const written = [page];
  for (const view of EMBED_VIEWS) {
    const path = embedPath(nctId, view, BASE);
    const html = pageDocument(template, {
      ...common,
      view,
      rootHtml: renderTrialPage({ path, catalog, trial, day: DAY }),
      title: embedTitle(nctId, view),
      canonical: path,
    });
    written.push(await write(join(DIST, 'trials', nctId, 'embed', view, 'index.html'), html));
  }
  if (hasCompleteListsPage(trial)) written.push(await writeCompleteLists(template, trial));
  return written;
}

async function main(): Promise<number> {
  const manifest = await readParsed(join(DIST, '.vite', 'manifest.json'), (data) =>
    manifestSchema.parse(data),
  );
  const template = withAppChunk(
    await readFile(join(DIST, 'index.html'), 'utf8'),
    appChunkLinks(manifest, BASE),
  );
  // The shell as every page starts from it (also what stays at / when the catalog is empty).
  await writeFile(join(DIST, 'index.html'), template);
  const catalog = await readParsed(join(DIST, 'data', 'catalog.json'), (data) =>
    catalogSchema.parse(data),
  );
  const written: Written[] = [];
  for (const entry of catalog.trials) {
    written.push(...(await writePages(template, catalog, entry.nctId, false)));
  }
  const first = catalog.trials[0];
  if (first) {
    await writeFile(join(DIST, 'boot.js'), bootScript(BASE));
    written.push(...(await writePages(template, catalog, first.nctId, true)));
  }
  const problems = written.flatMap((page) => page.problems);
  const kB = (bytes: number) => `${Math.round(bytes / 1000).toLocaleString('en')} kB`;
  const embeds = written.filter((page) => page.file.includes('/embed/'));
  for (const page of written.filter((p) => !embeds.includes(p))) {
    console.log(`prerendered ${page.file} (${kB(page.bytes)})`);
  }
  const largest = Math.max(0, ...embeds.map((page) => page.bytes));
  console.log(`prerendered ${String(embeds.length)} embed views (largest ${kB(largest)})`);
  for (const problem of problems) console.error(problem);
  return problems.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`prerender: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
