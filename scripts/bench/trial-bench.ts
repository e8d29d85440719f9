import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { resultsFileSchema } from '../../src/trial/results/results-file-schema';
import { trialSchema } from '../../src/trial/trial-schema';
import { planFor } from './bench-plan';
import type { FigureCollector } from './figure-collector';
import { measureInteractions } from './measure-interactions';
import { loadOnce, type LoadSample } from './measure-load';
import { measureResults } from './measure-results';
import { aeSortCase } from './results-plan';
import { anotherRunFits } from './run-budget';
import { staticTrialPage } from './static-page';

export interface TrialBenchOptions {
  browser: Browser;
  baseUrl: string;
  distDir: string;
  label: string;
  nctId: string;
  runs: number;
  /** No new run starts when it would likely end after this (see anotherRunFits). */
  budgetMs: number;
  loadTimeoutMs: number;
  interactionTimeoutMs: number;
  /** For opening the Results section (results file, chunk, every chart). */
  resultsTimeoutMs: number;
  log: (line: string) => void;
}

const READY_FIGURES = ['explorer', 'static'] as const;

function recordLoad(collector: FigureCollector, label: string, sample: LoadSample): void {
  collector.add(`ready.${label}.explorer`, 'ms', sample.ready);
  if (sample.heapBytes !== null) collector.add(`heap.${label}`, 'MB', sample.heapBytes / 1e6);
  collector.add(`longtasks.${label}.count`, 'count', sample.longTasks.length);
  collector.add(
    `longtasks.${label}.max`,
    'ms',
    Math.max(0, ...sample.longTasks.map((t) => t.duration)),
  );
}

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

/** Every figure of one trial over `runs` runs; a trial missing from the build gives n/a figures. */
export async function benchTrial(
  options: TrialBenchOptions,
  collector: FigureCollector,
): Promise<number> {
  const { browser, baseUrl, distDir, label, nctId, runs, log } = options;
  const trial = readTrial(distDir, nctId);
  if (trial === null) {
    const reason = `${nctId} is not in the build (SYNTHETIC_TRIALS support missing?)`;
    for (const kind of READY_FIGURES) collector.fail(`ready.${label}.${kind}`, 'ms', reason);
    return 0;
  }
  const plan = planFor(trial);
  const aeSort = plan.results ? aeSortCase(readAdverseEvents(distDir, nctId)) : null;
  mkdirSync(join(distDir, 'bench-static'), { recursive: true });
  writeFileSync(join(distDir, 'bench-static', `${nctId}.html`), staticTrialPage(trial));
  const explorerConfig = {
    tables: plan.tables,
    markers: plan.markers,
    timeoutMs: options.loadTimeoutMs,
  };
  const staticConfig = { ...explorerConfig, markers: false };
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
    const explorerOk = await attempt(collector, `ready.${label}.explorer`, log, async () => {
      const explorer = await loadOnce(browser, `${baseUrl}/?trial=${nctId}`, explorerConfig, true);
      try {
        recordLoad(collector, label, explorer.sample);
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
    await attempt(collector, `ready.${label}.static`, log, async () => {
      const plain = await loadOnce(
        browser,
        `${baseUrl}/bench-static/${nctId}.html`,
        staticConfig,
        false,
      );
      await plain.close();
      collector.add(`ready.${label}.static`, 'ms', plain.sample.ready);
    });
    log(`${label} run ${run}/${runs}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    if (explorerOk) done += 1;
    else if (done === 0) break; // the first run failed: more runs would fail the same way, slowly
  }
  return done;
}

/** Runs one measurement; a failure becomes the figure's n/a reason for this run. */
async function attempt(
  collector: FigureCollector,
  figure: string,
  log: (line: string) => void,
  measure: () => Promise<void>,
): Promise<boolean> {
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
