/**
 * `npm run bench [-- --runs N --huge-runs N --no-build --trials NCT01573923,large]`: builds with the
 * synthetic trials, serves the build on port 4191 (or BENCH_PORT) and measures, in the tests'
 * Chromium, the load of each trial's prerendered page (painted, interactive, longest task, total
 * blocking time, heap; painted against a static page of the same content), the same for embeds
 * in a cross-origin frame (NCT01573923, `large`, `huge`), sorting, filtering and selecting, for
 * NCT01573923, NCT02552212, `large`, `results` and `huge`;
 * opening the Results section of the trials with results (NCT02552212, `results`) to every chart
 * drawn; and opening files of one's own (`open`: 14 kB, 20 MB and 45 MB records). Prints one line
 * per figure and the goals, writes bench-results/<timestamp>.json. A missed goal never fails the
 * run; only a bench that cannot run does.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium-path';
import { BENCH_SYNTHETIC_TRIALS, BENCH_TRIALS } from './bench/bench-plan';
import { parseBenchOptions, type BenchOptions } from './bench/bench-options';
import { benchPort, run, startBenchServer } from './bench/bench-server';
import { FigureCollector } from './bench/figure-collector';
import { formatFigure } from './bench/figures';
import { evaluateGoals, formatGoal } from './bench/goals';
import { withLoadRatios } from './bench/load-figures';
import { benchContext, writeResults, type BenchContext } from './bench/results-file';
import { benchOpenRecord } from './bench/measure-open-record';
import { benchTrial } from './bench/trial-bench';

const DIST = 'dist';
/** `--trials open` measures only opening files of one's own (also part of a full run). */
const OPEN_LABEL = 'open';
/** Per trial, so the whole bench (build included) stays within about 5 minutes on a slow build. */
const BUDGET_S = { NCT01573923: 45, NCT02552212: 45, large: 75, results: 75, huge: 120 } as const;
const log = (line: string) => console.error(`bench: ${line}`);

async function main(options: BenchOptions): Promise<void> {
  const startedAt = new Date();
  const started = performance.now();
  if (options.build) {
    log(
      `building with SYNTHETIC_TRIALS=${BENCH_SYNTHETIC_TRIALS} (npm run build: data + vite build)…`,
    );
    await run('npm', ['run', 'build'], {
      ...process.env,
      SYNTHETIC_TRIALS: BENCH_SYNTHETIC_TRIALS,
    });
  }
  const server = await startBenchServer(benchPort(process.env));
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
  });
  const collector = new FigureCollector();
  const runs: BenchContext['runs'] = {};
  try {
    log(`serving ${DIST}/ at ${server.url}; Chromium ${browser.version()}`);
    // The same server by another name: a cross-origin host for the embeds' frames.
    const hostOrigin = server.url.replace('127.0.0.1', 'localhost');
    for (const { label, nctId, embeds } of BENCH_TRIALS) {
      if (options.trials && !options.trials.includes(label)) continue;
      const huge = label === 'huge';
      const planned = huge ? options.hugeRuns : options.runs;
      const completed = await benchTrial(
        {
          browser,
          baseUrl: server.url,
          hostOrigin,
          distDir: DIST,
          label,
          nctId,
          embeds,
          runs: planned,
          budgetMs: BUDGET_S[label] * 1000,
          loadTimeoutMs: huge ? 90_000 : 60_000,
          interactionTimeoutMs: huge ? 20_000 : 10_000,
          resultsTimeoutMs: 30_000,
          log,
        },
        collector,
      );
      runs[label] = { planned, completed };
    }
    if (!options.trials || options.trials.includes(OPEN_LABEL)) {
      await benchOpenRecord(browser, server.url, options.hugeRuns, collector, log);
    }
    const figures = withLoadRatios(collector.figures());
    const goals = evaluateGoals(figures);
    console.log(figures.map(formatFigure).join('\n'));
    console.log(goals.map(formatGoal).join('\n'));
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    const context = benchContext(browser.version(), runs);
    const path = writeResults(startedAt, seconds, context, figures, goals);
    console.log(`results: ${path} (${seconds} s)`);
  } finally {
    await browser.close();
    server.stop();
  }
}

Promise.resolve()
  .then(() =>
    main(
      parseBenchOptions(process.argv.slice(2), [...BENCH_TRIALS.map((t) => t.label), OPEN_LABEL]),
    ),
  )
  .then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
