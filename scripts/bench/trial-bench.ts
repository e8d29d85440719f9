import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { resultsFileSchema } from '../../src/trial/results/results-file-schema';
import { trialSchema } from '../../src/trial/trial-schema';
import { INTERACTIVE_SORT, planFor, type BenchPlan } from './bench-plan';
import type { FigureCollector } from './figure-collector';
import { loadFigureName, recordLoad, type LoadPage } from './load-figures';
import { measureInteractions } from './measure-interactions';
import { loadFramed, loadOnce } from './measure-load';
import { measureResults } from './measure-results';
import type { LoadProbeConfig } from './page-globals';
import { PAGE_SECTIONS } from './page-sections';
import { aeSortCase } from './results-plan';
import { anotherRunFits } from './run-budget';
import { staticCopy } from './static-copy';

export interface TrialBenchOptions {
  browser: Browser;
  baseUrl: string;
  /** The same server by another name, for the host page of the embeds (a cross-origin frame). */
  hostOrigin: string;
  distDir: string;
  label: string;
  nctId: string;
  /** Also load the trial as embeds, view=map and view=all. */
  embeds: boolean;
  runs: number;
  /** No new run starts when it would likely end after this (see anotherRunFits). */
  budgetMs: number;
  loadTimeoutMs: number;
  interactionTimeoutMs: number;
  /** For opening the Results section (results file, chunk, every chart). */
  resultsTimeoutMs: number;
  log: (line: string) => void;
}

const EMBED_VIEWS = ['map', 'all'] as const;

/** Reads the prebuilt trial from the build, parsed with the Trial schema; null when the build lacks it. */
function readTrial(distDir: string, nctId: string) {
  const file = join(distDir, 'data', 'trials', `${nctId}.json`);
  if (!existsSync(file)) return null;
  return trialSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** The adverse events of the trial's results file in the build; null without them. */
function readAdverseEvents(distDir: string, nctId: string) {
  const file = join(distDir, 'data', 'results', `${nctId}.json`);
  if (!existsSync(file)) return null;
  return resultsFileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).results.adverseEvents;
}

/** The explorer's canonical prerendered address of a trial. */
const trialPagePath = (nctId: string) => `/trials/${nctId}/`;

/** The trial's prerendered page, as built; null when the build has none. */
function readTrialPage(distDir: string, nctId: string): string | null {
  const file = join(distDir, 'trials', nctId, 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/** What each page's probe waits for (load-probe.ts). */
function probeConfigs(plan: BenchPlan, picture: boolean, timeoutMs: number) {
  const sort = plan.tables.includes('Sites') ? INTERACTIVE_SORT : null;
  const sections = [...PAGE_SECTIONS];
  const interactive = { markers: plan.markers, sort };
  const config = (page: LoadPage): LoadProbeConfig => {
    switch (page) {
      case 'explorer':
        return { target: 'top', sections, map: 'picture or live map', interactive, timeoutMs };
      case 'static':
        return {
          target: 'top',
          sections,
          map: picture ? 'picture' : 'none',
          interactive: null,
          timeoutMs,
        };
      case 'embed-map':
        return {
          target: 'frame',
          sections: [],
          map: 'picture or live map',
          interactive: { markers: plan.markers, sort: null },
          timeoutMs,
        };
      case 'embed-all':
        return { target: 'frame', sections, map: 'picture or live map', interactive, timeoutMs };
    }
  };
  return config;
}

/** Every figure of one trial over `runs` runs; a trial missing from the build gives n/a figures. */
export async function benchTrial(
  options: TrialBenchOptions,
  collector: FigureCollector,
): Promise<number> {
  const { browser, baseUrl, distDir, label, nctId, runs, log } = options;
  const trial = readTrial(distDir, nctId);
  if (trial === null) {
    const reason = `${nctId} is not in the build (SYNTHETIC_TRIALS support missing?)`;
    for (const page of ['explorer', 'static'] as const)
      collector.fail(loadFigureName('painted', label, page), 'ms', reason);
    return 0;
  }
  const plan = planFor(trial);
  const aeSort = plan.results ? aeSortCase(readAdverseEvents(distDir, nctId)) : null;
  const page = readTrialPage(distDir, nctId);
  const picture = page !== null && /<img\b[^>]*\bclass="map-picture"/.test(page);
  if (!picture) log(`${label}: no img.map-picture in ${trialPagePath(nctId)}: painted n/a`);
  if (page === null)
    throw new Error(`${trialPagePath(nctId)} is not in the build: run npm run build`);
  mkdirSync(join(distDir, 'bench-static'), { recursive: true });
  writeFileSync(join(distDir, 'bench-static', `${nctId}.html`), staticCopy(page));
  const config = probeConfigs(plan, picture, options.loadTimeoutMs);
  let done = 0;
  const trialStarted = performance.now();
  for (let run = 1; run <= runs; run++) {
    if (!anotherRunFits(performance.now() - trialStarted, run - 1, options.budgetMs)) {
      log(
        `${label}: ${run - 1} of ${runs} runs, another would exceed its ${options.budgetMs / 1000} s budget`,
      );
      break;
    }
    const started = performance.now();
    const explorerOk = await attempt(collector, label, 'explorer', log, async () => {
      const explorer = await loadOnce(
        browser,
        `${baseUrl}${trialPagePath(nctId)}`,
        config('explorer'),
        true,
      );
      try {
        recordLoad(collector, label, 'explorer', explorer.sample, true);
        // First: a filtered sites table shortens the page, which could bring the results near.
        if (plan.results)
          await measureResults(explorer.page, label, aeSort, collector, options.resultsTimeoutMs);
        await measureInteractions(
          explorer.page,
          label,
          plan,
          collector,
          options.interactionTimeoutMs,
        );
      } finally {
        await explorer.close();
      }
    });
    await attempt(collector, label, 'static', log, async () => {
      const url = `${baseUrl}/bench-static/${nctId}.html`;
      const plain = await loadOnce(browser, url, config('static'), false);
      await plain.close();
      recordLoad(collector, label, 'static', plain.sample, true);
    });
    if (options.embeds) {
      for (const view of EMBED_VIEWS) {
        const page = `embed-${view}` as const;
        await attempt(collector, label, page, log, async () => {
          // The address the embed dialog gives: the view's own prerendered page.
          const url = `${baseUrl}/trials/${nctId}/embed/${view}/`;
          const sample = await loadFramed(browser, options.hostOrigin, url, config(page));
          recordLoad(collector, label, page, sample, false);
          if (sample.mapShownBy === 'live map')
            log(`${label} ${page}: no map picture, the live map`);
        });
      }
    }
    log(`${label} run ${run}/${runs}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    if (explorerOk) done += 1;
    else if (done === 0) break; // the first run failed: more runs would fail the same way, slowly
  }
  return done;
}

/** Runs one load; a failure becomes the n/a reason of that page's painted figure for this run. */
async function attempt(
  collector: FigureCollector,
  label: string,
  page: LoadPage,
  log: (line: string) => void,
  measure: () => Promise<void>,
): Promise<boolean> {
  const figure = loadFigureName('painted', label, page);
  try {
    await measure();
    return true;
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    log(`${figure} failed: ${reason}`);
    collector.fail(figure, 'ms', reason);
    return false;
  }
}
