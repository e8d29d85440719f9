/**
 * `npm run size`: builds, then prints the gzip size of every emitted JS, CSS and data file and
 * fails (exit 1) when the JS+CSS that index.html loads up front exceeds the budget
 * (scripts/size/budget.ts). Bytes are deterministic, so CI runs it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { INITIAL_GZIP_BUDGET_BYTES } from './size/budget';
import { initialAssets } from './size/initial-assets';
import {
  formatReport,
  gzipBytes,
  judge,
  kindOf,
  MEASURED,
  type AssetSize,
} from './size/size-report';

const DIST = 'dist';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

function main(): number {
  const initial = new Set(initialAssets(readFileSync(join(DIST, 'index.html'), 'utf8')));
  if (initial.size === 0) throw new Error(`${DIST}/index.html names no script or style sheet`);
  const sizes: AssetSize[] = filesUnder(DIST)
    .filter((path) => MEASURED.test(path))
    .map((path) => {
      const content = readFileSync(join(DIST, path));
      return { path, kind: kindOf(path, initial), raw: content.length, gzip: gzipBytes(content) };
    });
  const missing = [...initial].filter((path) => !sizes.some((size) => size.path === path));
  if (missing.length > 0)
    throw new Error(`index.html names files the build lacks: ${missing.join(', ')}`);
  const verdict = judge(sizes, INITIAL_GZIP_BUDGET_BYTES);
  console.log('Build output (gzip -9; 1 kB = 1,000 bytes):');
  for (const line of formatReport(sizes, verdict)) console.log(`  ${line}`);
  return verdict.withinBudget ? 0 : 1;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`npm run size: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
