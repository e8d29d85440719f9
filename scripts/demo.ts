/**
 * `npm run demo [-- --headed]`: tours the explorer as a presenter would and writes a webm video and
 * one screenshot per step to demo-output/. See e2e/README.md (selector contract, writing your own).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDemoOutput, MANIFEST, type DemoManifest } from './demo/output-check';
import { startPreviewServer } from './demo/preview-server';
import { openGuardedPage } from './lib/guarded-page';
import { VIEWPORT } from './lib/steady-context';
import { parseOptions, type DemoOptions } from './demo/demo-options';
import { runSteps } from './demo/run-steps';
import { differences } from './demo/screenshot-differences';
import { startScreencast } from './demo/screencast';
import { DEMO_STEPS } from './demo/steps';
import { encodeWebm, requireFfmpeg } from './demo/webm-encoder';

const OUT_DIR = 'demo-output';
const VIDEO = 'demo.webm';

const log = (line: string) => console.log(`demo: ${line}`);
const sha = (path: string) =>
  createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 12);
const kib = (path: string) => `${Math.round(statSync(path).size / 1024)} KiB`;

/** Opens the browser, records the tour and writes video + manifest; the browser is always closed. */
async function record(baseURL: string, headed: boolean): Promise<DemoManifest> {
  const { browser, page, problems } = await openGuardedPage({ baseURL, headed });
  try {
    const screencast = await startScreencast(page, VIEWPORT);
    const steps = await runSteps(page, DEMO_STEPS, {
      outDir: OUT_DIR,
      dwellMs: headed ? 1_500 : 400,
      log,
    });
    const { frames, end } = await screencast.stop();
    if (problems.length > 0) throw new Error(`the page misbehaved:\n  ${problems.join('\n  ')}`);
    await encodeWebm(frames, end, join(OUT_DIR, VIDEO), VIEWPORT);
    const manifest: DemoManifest = { video: VIDEO, steps };
    writeFileSync(join(OUT_DIR, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } finally {
    await browser.close();
  }
}

/** sha256 of each shown step's screenshot, by file name. */
function screenshotHashes(manifest: DemoManifest): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const { screenshot } of manifest.steps) {
    if (screenshot !== undefined) hashes.set(screenshot, sha(join(OUT_DIR, screenshot)));
  }
  return hashes;
}

async function main({ headed, repeat }: DemoOptions): Promise<void> {
  const started = performance.now();
  requireFfmpeg();
  const server = await startPreviewServer(log);
  let manifest: DemoManifest | null = null;
  try {
    let first: Map<string, string> | null = null;
    for (let run = 1; run <= repeat; run++) {
      if (repeat > 1) log(`run ${run} of ${repeat}`);
      rmSync(OUT_DIR, { recursive: true, force: true });
      mkdirSync(OUT_DIR, { recursive: true });
      manifest = await record(server.url, headed);
      const hashes = screenshotHashes(manifest);
      first ??= hashes;
      const changed = differences(first, hashes);
      if (changed.length > 0)
        throw new Error(`run ${run} gave other screenshots than run 1:\n  ${changed.join('\n  ')}`);
    }
  } finally {
    server.stop();
  }
  if (manifest === null) throw new Error('no run was recorded (--repeat must be at least 1)');
  const problems = checkDemoOutput(
    OUT_DIR,
    DEMO_STEPS.map((step) => step.name),
  );
  if (problems.length > 0) throw new Error(`incomplete output:\n  ${problems.join('\n  ')}`);
  printListing(manifest, started);
  if (repeat > 1) console.log(`All ${repeat} runs gave byte-identical screenshots.`);
}

function printListing(manifest: DemoManifest, started: number): void {
  console.log('\nDemo output:');
  for (const step of manifest.steps) {
    if (step.screenshot !== undefined) {
      const path = join(OUT_DIR, step.screenshot);
      console.log(`  ${path}  ${kib(path)}  sha256 ${sha(path)}`);
    } else {
      console.log(`  (${step.name} skipped: ${step.reason ?? 'no reason given'})`);
    }
  }
  const video = join(OUT_DIR, VIDEO);
  console.log(`  ${video}  ${kib(video)}`);
  console.log(`Total ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

Promise.resolve()
  .then(() => main(parseOptions(process.argv.slice(2))))
  .then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
